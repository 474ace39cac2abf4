package com.tierline.notification.service;

import com.tierline.notification.service.MailDeliveries.Claim;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each requested mail after its transaction commits, off the request's thread, and records the attempt.
 * The event publication registry marks the mail's publication complete only when this method returns; it throws
 * when the mail is to be tried again (server down, or another node holds it), so the publication stays
 * incomplete for {@link MailRetries} and for the republication after a restart.
 */
@Component
class MailDispatch {

    /** The registry's name for this listener: fixed, so that stored publications survive a rename of the method. */
    static final String LISTENER_ID = "tierline.mail-dispatch";

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailDeliveries deliveries;
    private final String from;

    MailDispatch(MailTemplates templates, ObjectProvider<JavaMailSender> sender, MailDeliveries deliveries,
            @Value("${tierline.mail.from}") String from) {
        this.templates = templates;
        this.sender = sender;
        this.deliveries = deliveries;
        this.from = from;
    }

    /** fallbackExecution: a mail requested outside any transaction still goes. */
    @Async
    @TransactionalEventListener(id = LISTENER_ID, phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void dispatch(MailRequested mail) {
        Claim claim = deliveries.claim(mail.mailId());
        if (claim == Claim.SETTLED) {
            return;
        }
        if (claim == Claim.HELD_ELSEWHERE) {
            throw new MailNotSentYet("Mail " + mail.mailId() + " is being sent by another node");
        }
        Locale locale = mail.languageTag() == null ? null : Locale.forLanguageTag(mail.languageTag());
        MailTemplates.Rendered rendered = templates.render(mail.kind(), mail.values(), locale);
        try {
            JavaMailSender smtp = sender.getIfAvailable();
            if (smtp == null) {
                throw new IllegalStateException("No mail server is configured (set spring.mail.host)");
            }
            smtp.send(message(smtp, mail, rendered));
        } catch (MessagingException | RuntimeException e) {
            // Any failure counts as an attempt, so that a mail that can never go ends FAILED instead of looping.
            log.warn("Mail '{}' to {} was not sent: {}", mail.kind(), mail.to(), e.getMessage());
            if (deliveries.failed(mail, rendered.subject(), e.getMessage())) {
                throw new MailNotSentYet("Mail " + mail.mailId() + " will be tried again: " + e.getMessage());
            }
            return;
        }
        deliveries.sent(mail, rendered.subject());
    }

    private MimeMessage message(JavaMailSender smtp, MailRequested mail, MailTemplates.Rendered rendered)
            throws MessagingException {
        MimeMessage message = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.attachment() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.to());
        helper.setSubject(rendered.subject());
        helper.setText(rendered.body(), false);
        if (mail.attachment() != null) {
            helper.addAttachment(mail.attachment().fileName(), new ByteArrayResource(mail.attachment().content()),
                    mail.attachment().contentType());
        }
        return message;
    }

    /** Leaves the mail's publication incomplete on purpose; not an error of the action that requested it. */
    static class MailNotSentYet extends RuntimeException {
        MailNotSentYet(String message) {
            super(message);
        }
    }
}
