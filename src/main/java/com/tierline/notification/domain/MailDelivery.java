package com.tierline.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * One requested mail and where its delivery stands. The mail's content travels in the event publication registry;
 * this row is what the cluster agrees on: who may send it now (the claim), how often it was tried, and whether it
 * went or was given up.
 */
@Entity
public class MailDelivery {

    public enum State {
        PENDING, SENT, FAILED
    }

    @Id
    private String id;
    private String recipient;
    private String subject;
    private String kind;
    @Enumerated(EnumType.STRING)
    private State state;
    private int attempts;
    private Instant requestedAt;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private String lastFailure;

    protected MailDelivery() {
    }

    public MailDelivery(String id, String recipient, String subject, String kind, Instant requestedAt) {
        this.id = id;
        this.recipient = recipient;
        this.subject = subject;
        this.kind = kind;
        this.state = State.PENDING;
        this.requestedAt = requestedAt;
        this.nextAttemptAt = requestedAt;
    }

    public void sent() {
        state = State.SENT;
        claimedUntil = null;
        lastFailure = null;
    }

    /** A failed attempt: tried again after a back-off that doubles each time, or given up after the last. */
    public void failed(String failure, Instant at, Duration backOff, int maxAttempts) {
        lastFailure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            state = State.FAILED;
        } else {
            nextAttemptAt = at.plus(backOff.multipliedBy(1L << Math.min(attempts - 1, 16)));
        }
    }

    public String getId() {
        return id;
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

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastFailure() {
        return lastFailure;
    }
}
