package com.tierline.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The single row naming the chain's last link; locking it serialises appends across threads and nodes. */
@Entity
public class AuditChainHead {

    @Id
    private int id;
    private long lastSequence;
    private String lastHash;

    protected AuditChainHead() {
    }

    public long getLastSequence() {
        return lastSequence;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void advance(long sequence, String hash) {
        this.lastSequence = sequence;
        this.lastHash = hash;
    }
}
