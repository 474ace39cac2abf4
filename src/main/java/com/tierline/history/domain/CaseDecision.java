package com.tierline.history.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One row of a case's decision history. Immutable for Hibernate (no update is ever flushed) and append-only in the
 * database (V17.1's triggers), so a later decision, reopening or appeal adds a row and never rewrites an earlier one.
 */
@Entity
@Immutable
@Table(name = "case_decision")
public class CaseDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private int sequence;
    @Enumerated(EnumType.STRING)
    private DecisionKind kind;
    private String actor;
    private Instant occurredAt;
    private String reason;
    private String licenceNumber;
    private LocalDate licenceValidUntil;
    private String appealReference;

    protected CaseDecision() {
    }

    public CaseDecision(long applicationId, int sequence, DecisionKind kind, String actor, Instant occurredAt,
            String reason, String licenceNumber, LocalDate licenceValidUntil, String appealReference) {
        this.applicationId = applicationId;
        this.sequence = sequence;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.licenceNumber = licenceNumber;
        this.licenceValidUntil = licenceValidUntil;
        this.appealReference = appealReference;
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public int getSequence() {
        return sequence;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceValidUntil() {
        return licenceValidUntil;
    }

    public String getAppealReference() {
        return appealReference;
    }
}
