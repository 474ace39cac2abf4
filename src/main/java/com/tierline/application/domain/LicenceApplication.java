package com.tierline.application.domain;

import com.tierline.identity.domain.Organisation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The aggregate root of a case. Its status mirrors the process; {@code @Version} guards concurrent edits. */
@Entity
public class LicenceApplication {

    /** Taken from {@code licence_application_seq} by the service, so the reference is known before insert. */
    @Id
    private Long id;
    private String reference;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation organisation;
    private String createdBy;

    private String destinationCountry;
    private String consigneeName;
    private String consigneeCountry;
    private String endUserName;
    private String endUserCountry;
    private String endUse;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_item", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<LineItem> items = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    private String teamCode;
    private String processInstanceId;
    private String assignee;
    private Instant claimedAt;

    private String screeningOutcome;
    private Integer screeningTier;
    private BigDecimal totalTpp;
    private String ruleSetVersion;
    private Instant screenedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;

    private Instant createdAt;
    private Instant submittedAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected LicenceApplication() {
    }

    public LicenceApplication(long id, Organisation organisation, String createdBy, Instant createdAt) {
        this.id = id;
        this.reference = "TL-%d-%06d".formatted(createdAt.atZone(ZoneOffset.UTC).getYear(), id);
        this.organisation = organisation;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public void describe(String destinationCountry, String consigneeName, String consigneeCountry, String endUserName,
            String endUserCountry, String endUse, List<LineItem> items) {
        requireStatus(ApplicationStatus.DRAFT, "edit");
        this.destinationCountry = destinationCountry;
        this.consigneeName = consigneeName;
        this.consigneeCountry = consigneeCountry;
        this.endUserName = endUserName;
        this.endUserCountry = endUserCountry;
        this.endUse = endUse;
        this.items.clear();
        this.items.addAll(items);
    }

    public void markSubmitted(String teamCode, Instant at) {
        requireStatus(ApplicationStatus.DRAFT, "submit");
        this.status = ApplicationStatus.SUBMITTED;
        this.teamCode = teamCode;
        this.submittedAt = at;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void recordScreening(String outcome, int tier, BigDecimal totalTpp, String ruleSetVersion, Instant at,
            ApplicationStatus next) {
        this.screeningOutcome = outcome;
        this.screeningTier = tier;
        this.totalTpp = totalTpp;
        this.ruleSetVersion = ruleSetVersion;
        this.screenedAt = at;
        this.status = next;
    }

    public void claim(String reviewer, Instant at) {
        this.assignee = reviewer;
        this.claimedAt = at;
    }

    public void release() {
        this.assignee = null;
        this.claimedAt = null;
    }

    public void decide(Decision decision, String reason, String reviewer, Instant at) {
        if (!ApplicationStatus.IN_REVIEW.contains(status)) {
            throw new IllegalStateException(reference + " is " + status.label() + ", not under review");
        }
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = reviewer;
        this.decidedAt = at;
        this.status = decision == Decision.APPROVE ? ApplicationStatus.APPROVED : ApplicationStatus.DENIED;
        this.assignee = null;
        this.claimedAt = null;
    }

    private void requireStatus(ApplicationStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + action + " " + reference + ": it is " + status.label());
        }
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public String getConsigneeName() {
        return consigneeName;
    }

    public String getConsigneeCountry() {
        return consigneeCountry;
    }

    public String getEndUserName() {
        return endUserName;
    }

    public String getEndUserCountry() {
        return endUserCountry;
    }

    public String getEndUse() {
        return endUse;
    }

    public List<LineItem> getItems() {
        return List.copyOf(items);
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getAssignee() {
        return assignee;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getScreeningOutcome() {
        return screeningOutcome;
    }

    public Integer getScreeningTier() {
        return screeningTier;
    }

    public BigDecimal getTotalTpp() {
        return totalTpp;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getVersion() {
        return version;
    }
}
