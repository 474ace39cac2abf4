package com.tierline.webhook.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One event on its way to one endpoint: the outbox row. Its schedule (outcome, attempts, next attempt) lives here so
 * that a restarted node carries it on; the attempts themselves are separate, append-only rows.
 */
@Entity
public class WebhookDelivery {

    /** Where a delivery stands, in words for the delivery log. */
    public enum Outcome {
        PENDING("Waiting to be sent"), DELIVERED("Delivered"), GIVEN_UP("Given up");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long endpointId;
    private String eventId;
    private String eventType;
    private String caseReference;
    private String payload;
    private Instant createdAt;
    private Long resendOf;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    @Version
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(Long endpointId, String eventId, String eventType, String caseReference, String payload,
            Instant createdAt, Long resendOf) {
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.caseReference = caseReference;
        this.payload = payload;
        this.createdAt = createdAt;
        this.resendOf = resendOf;
        this.outcome = Outcome.PENDING;
        this.nextAttemptAt = createdAt;
    }

    /** An attempt succeeded: nothing more is due. */
    public void delivered() {
        attempts++;
        outcome = Outcome.DELIVERED;
        nextAttemptAt = null;
        claimedUntil = null;
    }

    /** An attempt failed: try again at {@code next}, or give up when there is no next. */
    public void failed(Instant next) {
        attempts++;
        outcome = next == null ? Outcome.GIVEN_UP : Outcome.PENDING;
        nextAttemptAt = next;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public Long getEndpointId() {
        return endpointId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getResendOf() {
        return resendOf;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public long getVersion() {
        return version;
    }
}
