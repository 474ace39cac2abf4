package com.tierline.appeal.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;

/** An appeal of a denial, or a petition to move a destination to a better tier. */
@Entity
public class Appeal {

    public enum Kind { DENIAL, TIER_UPGRADE }

    public enum Status { UNDER_REVIEW, PANEL, UPHELD, DISMISSED }

    @Id
    private Long id;
    private String reference;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Long applicationId;
    private String destinationCountry;
    private Long organisationId;
    private String filedBy;
    private Instant filedAt;
    private String grounds;
    @Enumerated(EnumType.STRING)
    private Status status = Status.UNDER_REVIEW;
    private String reviewedBy;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionReason;
    private String draftRuleSet;
    private String processInstanceId;
    @Version
    private Long version;

    protected Appeal() {
    }

    public Appeal(long id, Kind kind, Long applicationId, String destinationCountry, Long organisationId,
            String filedBy, Instant filedAt, String grounds) {
        this.id = id;
        this.reference = "APL-%d-%06d".formatted(filedAt.atZone(ZoneOffset.UTC).getYear(), id);
        this.kind = kind;
        this.applicationId = applicationId;
        this.destinationCountry = destinationCountry;
        this.organisationId = organisationId;
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.grounds = grounds;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void sendToPanel(String reviewer, String reason) {
        this.status = Status.PANEL;
        this.reviewedBy = reviewer;
        this.decisionReason = reason;
    }

    public void decide(boolean upheld, String by, String reason, Instant at) {
        this.status = upheld ? Status.UPHELD : Status.DISMISSED;
        if (reviewedBy == null) {
            this.reviewedBy = by;
        }
        this.decidedBy = by;
        this.decisionReason = reason;
        this.decidedAt = at;
    }

    public void draftCreated(String version) {
        this.draftRuleSet = version;
    }

    public boolean isOpen() {
        return status == Status.UNDER_REVIEW || status == Status.PANEL;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getGrounds() {
        return grounds;
    }

    public Status getStatus() {
        return status;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDraftRuleSet() {
        return draftRuleSet;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
