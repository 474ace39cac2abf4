package com.tierline.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.tierline.notification.domain.MailDelivery;
import com.tierline.notification.domain.MailDeliveryRepository;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.domain.NotificationRepository;
import com.tierline.notification.domain.SentMail;
import com.tierline.notification.domain.SentMailRepository;
import com.tierline.notification.service.Notifications.Attachment;
import com.tierline.notification.service.Notifications.Notice;
import com.tierline.notification.service.Notifications.Recipient;
import com.tierline.support.TierlineIT;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/** A committed mail reaches its recipient exactly once, whether the mail server was down or the node crashed. */
@TierlineIT
class DurableMailIT {

    @Autowired Notifications notifications;
    @Autowired NotificationRepository notices;
    @Autowired MailDeliveryRepository deliveries;
    @Autowired MailDeliveries claims;
    @Autowired SentMailRepository sentMail;
    @Autowired MailRetries retries;
    @Autowired JavaMailSender sender;
    @Autowired GreenMail smtp;
    @Autowired EventPublicationRepository publications;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    @Test
    void withTheMailServerDownTheActionSucceedsTheAttemptIsRecordedAndTheMailArrivesOnceWhenItIsBack() {
        String id = unique();
        JavaMailSenderImpl smtpSender = (JavaMailSenderImpl) sender;
        int port = smtpSender.getPort();
        smtpSender.setPort(closedPort());
        try {
            notifications.notify(approval(id, null));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentMail
                    .findByRecipientOrderByIdAsc(address(id))).extracting(SentMail::getOutcome)
                    .containsExactly(SentMail.Outcome.FAILED));
        } finally {
            smtpSender.setPort(port);
        }
        assertThat(notices.findByRecipientOrderByIdDesc("n-" + id, org.springframework.data.domain.Pageable.ofSize(5)))
                .as("the in-app notice was written although the mail failed").hasSize(1);
        MailDelivery pending = onlyDelivery(id);
        assertThat(pending.getState()).isEqualTo(MailDelivery.State.PENDING);
        assertThat(pending.getAttempts()).isEqualTo(1);
        assertThat(pending.getNextAttemptAt()).as("tried again only after the back-off")
                .isAfter(sentMail.findByRecipientOrderByIdAsc(address(id)).get(0).getAttemptedAt());

        assertThat(retries.resubmitDue(clock.instant())).as("nothing is due before the back-off").isZero();
        assertThat(retries.resubmitDue(clock.instant().plus(Duration.ofHours(1)))).isEqualTo(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentMail
                .findByRecipientOrderByIdAsc(address(id))).extracting(SentMail::getOutcome)
                .containsExactly(SentMail.Outcome.FAILED, SentMail.Outcome.SENT));
        assertThat(retries.resubmitDue(clock.instant().plus(Duration.ofHours(2)))).as("a sent mail is not due").isZero();
        assertThat(received(id)).hasSize(1);
        assertThat(onlyDelivery(id).getState()).isEqualTo(MailDelivery.State.SENT);
    }

    @Test
    void aMailCommittedButNotSentWhenTheNodeStoppedIsSentWhenTheApplicationStartsAgain() {
        String id = unique();
        String mailId = UUID.randomUUID().toString();
        MailRequested mail = new MailRequested(mailId, address(id), "registration-approved", values(id), null, null);
        // What a node leaves behind when it stops between the commit and the send: the delivery row and the
        // incomplete publication, written by the business transaction; no attempt.
        transactions.executeWithoutResult(status -> {
            deliveries.save(new MailDelivery(mailId, address(id), "Acme " + id + " is approved on Tierline",
                    "registration-approved", clock.instant()));
            publications.create(TargetEventPublication.of(mail,
                    PublicationTargetIdentifier.of(MailDispatch.LISTENER_ID), clock.instant()));
        });
        assertThat(received(id)).isEmpty();

        // The start-up step of Spring Modulith's multicaster that republishes outstanding publications.
        ((SmartInitializingSingleton) context.getBean("applicationEventMulticaster")).afterSingletonsInstantiated();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received(id)).hasSize(1));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deliveries.findById(mailId))
                .hasValueSatisfying(d -> assertThat(d.getState()).isEqualTo(MailDelivery.State.SENT)));
        assertThat(publications.findIncompletePublications()).noneMatch(p -> p.getEvent().equals(mail));
    }

    @Test
    void ofTwoNodesResubmittingTheSameMailOnlyTheFirstToClaimItSendsIt() {
        String mailId = UUID.randomUUID().toString();
        deliveries.save(new MailDelivery(mailId, "claim@example.test", "A subject", "registration-approved",
                clock.instant()));

        assertThat(claims.claim(mailId)).isEqualTo(MailDeliveries.Claim.SEND);
        assertThat(claims.claim(mailId)).isEqualTo(MailDeliveries.Claim.HELD_ELSEWHERE);
        claims.sent(new MailRequested(mailId, "claim@example.test", "registration-approved", Map.of(), null, null),
                "A subject");
        assertThat(claims.claim(mailId)).isEqualTo(MailDeliveries.Claim.SETTLED);
        assertThat(deliveries.findById(mailId).orElseThrow().getAttempts()).isEqualTo(1);
    }

    @Test
    void anAttachmentGoesWithTheMailUnderItsNameAndType() throws Exception {
        String id = unique();
        byte[] pdf = "%PDF-1.7 a decision letter".getBytes(StandardCharsets.US_ASCII);
        notifications.notify(approval(id, new Attachment("decision-TL-" + id + ".pdf", "application/pdf", pdf)));

        MimeMessage mail = await().atMost(Duration.ofSeconds(10)).until(() -> received(id), m -> m.size() == 1).get(0);
        Multipart parts = (Multipart) mail.getContent();
        Part attached = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                attached = parts.getBodyPart(i);
            }
        }
        assertThat(attached).isNotNull();
        assertThat(attached.getFileName()).isEqualTo("decision-TL-" + id + ".pdf");
        assertThat(attached.getContentType()).startsWith("application/pdf");
        assertThat(attached.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    private Notice approval(String id, Attachment attachment) {
        return new Notice(List.of(new Recipient("n-" + id, address(id))), NotificationKind.ORGANISATION_APPROVED,
                null, values(id), attachment);
    }

    private static Map<String, String> values(String id) {
        return Map.of("name", "Ann " + id, "organisation", "Acme " + id, "username", "n-" + id, "link",
                "http://localhost/login", "reason", "");
    }

    private MailDelivery onlyDelivery(String id) {
        List<MailDelivery> rows = deliveries.findAll().stream().filter(d -> d.getRecipient().equals(address(id)))
                .toList();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<MimeMessage> received(String id) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, address(id))).toList();
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            Address[] all = message.getAllRecipients();
            return all != null && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on: bound and released, so a connection to it is refused at once. */
    private static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String address(String id) {
        return "n-" + id + "@acme.example";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
