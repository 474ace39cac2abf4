package com.tierline.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One link of the hash chain. Immutable: the code has no way to change or delete an event. */
@Entity
@Immutable
public class AuditEvent {

    @Id
    private long sequence;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String caseReference;
    private String payload;
    private String previousHash;
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long sequence, Instant occurredAt, String actor, String action, String caseReference,
            String payload, String previousHash, String hash) {
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.caseReference = caseReference;
        this.payload = payload;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getPayload() {
        return payload;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
