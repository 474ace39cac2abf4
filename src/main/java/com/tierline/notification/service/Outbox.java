package com.tierline.notification.service;

import com.tierline.notification.domain.MailDelivery;
import com.tierline.notification.domain.MailDeliveryRepository;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.domain.SentMail;
import com.tierline.notification.domain.SentMailRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an administrator reads when someone says "I never got the mail": every attempt, and what is still to go. */
@Service
public class Outbox {

    /** One attempt to send, in words. */
    public record Attempt(Instant at, String to, String subject, String kind, String outcome, String failure) {
    }

    /** A mail committed but not yet delivered: its first attempt is running, or it waits for its next try. */
    public record Pending(Instant since, String to, String subject, String kind, int attempts, Instant nextAttempt,
            String lastFailure) {
    }

    /** Mails of issue 15 that are not notices, by their template's name. */
    private static final Map<String, String> OTHER_KINDS = Map.of(
            "invitation", "Invitation to join an organisation",
            "password-reset", "Link to reset a password",
            "password-changed", "Password changed",
            "registration-received", "Registration received");

    private final SentMailRepository sent;
    private final MailDeliveryRepository deliveries;

    Outbox(SentMailRepository sent, MailDeliveryRepository deliveries) {
        this.sent = sent;
        this.deliveries = deliveries;
    }

    /** Newest first; the filter matches part of the recipient's address, ignoring case (blank: everyone). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Attempt> attempts(String recipient, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
        List<SentMail> rows = blank(recipient) ? sent.findAllByOrderByIdDesc(page)
                : sent.findByRecipientContainingIgnoreCaseOrderByIdDesc(recipient.strip(), page);
        return rows.stream().map(m -> new Attempt(m.getAttemptedAt(), m.getRecipient(), m.getSubject(),
                kindInWords(m.getKind()), m.getOutcome() == SentMail.Outcome.SENT ? "Sent" : "Not sent",
                m.getFailure())).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<Pending> pending(String recipient, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 500)));
        List<MailDelivery> rows = blank(recipient)
                ? deliveries.findByStateOrderByRequestedAtDesc(MailDelivery.State.PENDING, page)
                : deliveries.findByStateAndRecipientContainingIgnoreCaseOrderByRequestedAtDesc(
                        MailDelivery.State.PENDING, recipient.strip(), page);
        return rows.stream().map(d -> new Pending(d.getRequestedAt(), d.getRecipient(), d.getSubject(),
                kindInWords(d.getKind()), d.getAttempts(), d.getNextAttemptAt(), d.getLastFailure())).toList();
    }

    static String kindInWords(String template) {
        return Arrays.stream(NotificationKind.values()).filter(k -> k.template().equals(template)).findFirst()
                .map(NotificationKind::label).orElseGet(() -> OTHER_KINDS.getOrDefault(template, "Other mail"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
