package com.tierline.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One attempt to send one mail: to whom, what, and whether the server took it. Never updated. */
@Entity
public class SentMail {

    public enum Outcome {
        SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String subject;
    private String kind;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String failure;
    private Instant attemptedAt;
    /** The requested mail this attempt belongs to (several attempts when the server was down). */
    private String mailId;

    protected SentMail() {
    }

    public SentMail(String mailId, String recipient, String subject, String kind, Outcome outcome, String failure,
            Instant attemptedAt) {
        this(recipient, subject, kind, outcome, failure, attemptedAt);
        this.mailId = mailId;
    }

    public SentMail(String recipient, String subject, String kind, Outcome outcome, String failure,
            Instant attemptedAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.kind = kind;
        this.outcome = outcome;
        this.failure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        this.attemptedAt = attemptedAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getKind() {
        return kind;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getMailId() {
        return mailId;
    }
}
