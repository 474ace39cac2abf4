package com.tierline.application.domain;

import com.tierline.identity.domain.Organisation;
import com.tierline.screening.domain.SecurityAttestation;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Set;

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
    private String ultimateEndUserName;
    private String ultimateEndUserCountry;
    @Column(name = "consignee_hq_country")
    private String consigneeHeadquartersCountry;
    private String consigneeKey;
    /** The registered parties the consignee and end user are (picked, or resolved at filing); null before. */
    private Long consigneePartyId;
    private Long endUserPartyId;
    @jakarta.persistence.Embedded
    private PartyOrigins origins;
    private java.time.LocalDate shipmentDate;
    private String purchaserName;
    private String purchaserCountry;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_intermediate_consignee", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<TradeParty> intermediateConsignees = new ArrayList<>();
    private String endUse;
    private String dataCentreName;
    private String dataCentreCountry;
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "contact_name"))
    @AttributeOverride(name = "email", column = @Column(name = "contact_email"))
    @AttributeOverride(name = "phone", column = @Column(name = "contact_phone"))
    private ApplicantContact contact;
    private boolean declarationAccepted;
    private String declaredBy;
    private Instant declaredAt;
    @Convert(converter = AttestationsConverter.class)
    private Set<SecurityAttestation> attestations = Set.of();
    @Embedded
    @AttributeOverride(name = "totalTpp", column = @Column(name = "fleet_total_tpp"))
    @AttributeOverride(name = "tier1Tpp", column = @Column(name = "fleet_tier1_tpp"))
    @AttributeOverride(name = "usTpp", column = @Column(name = "fleet_us_tpp"))
    @AttributeOverride(name = "inDestinationTpp", column = @Column(name = "fleet_in_destination_tpp"))
    private FleetDeclaration fleet;

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
    private Integer effectiveTier;
    private Boolean restrictedPartyHit;
    private BigDecimal totalTpp;
    private BigDecimal controlledTpp;
    @Column(name = "h100_equivalents")
    private BigDecimal h100Equivalents;
    private String allocationPeriod;
    private BigDecimal allocationReservedTpp;
    private String ruleSetVersion;
    private Instant screenedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String decisionReason;
    private String decidedBy;
    private Instant decidedAt;

    private String escalatedBy;
    private String escalationReason;
    @Embedded
    @AttributeOverride(name = "state", column = @Column(name = "sla_state"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "sla_warn_at"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "sla_due_at"))
    @AttributeOverride(name = "pausedAt", column = @Column(name = "sla_paused_at"))
    private ReviewClock reviewClock;
    private String licenceNumber;
    private java.time.LocalDate licenceValidUntil;
    private String withdrawnReason;

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

    /** Replaces what the draft declares; {@code consigneeKey} is the normalised consignee name. */
    public void describe(Particulars p, String consigneeKey, List<LineItem> items) {
        requireStatus(ApplicationStatus.DRAFT, "edit");
        this.destinationCountry = p.destinationCountry();
        this.consigneeName = p.consigneeName();
        this.consigneeCountry = p.consigneeCountry();
        this.consigneeHeadquartersCountry = p.consigneeHeadquartersCountry();
        this.consigneeKey = consigneeKey;
        this.endUserName = p.endUserName();
        this.endUserCountry = p.endUserCountry();
        this.ultimateEndUserName = p.ultimateEndUserName();
        this.ultimateEndUserCountry = p.ultimateEndUserCountry();
        this.endUse = p.endUse();
        this.dataCentreName = p.dataCentreName();
        this.dataCentreCountry = p.dataCentreCountry();
        this.origins = p.origins();
        this.shipmentDate = p.shipmentDate();
        this.purchaserName = p.purchaser() == null ? null : p.purchaser().name();
        this.purchaserCountry = p.purchaser() == null ? null : p.purchaser().country();
        this.intermediateConsignees.clear();
        this.intermediateConsignees.addAll(p.intermediateConsignees());
        this.contact = p.contact();
        this.attestations = p.attestations();
        this.fleet = p.fleet();
        this.items.clear();
        this.items.addAll(items);
    }

    public Particulars particulars() {
        // An embedded value whose columns are all empty reads back as null.
        return new Particulars(destinationCountry, consigneeName, consigneeCountry, consigneeHeadquartersCountry,
                endUserName, endUserCountry, ultimateEndUserName, ultimateEndUserCountry, endUse, dataCentreName,
                dataCentreCountry, attestations, fleet, contact,
                origins, shipmentDate, purchaserName == null && purchaserCountry == null ? null
                        : new TradeParty(purchaserName, purchaserCountry, null), intermediateConsignees);
    }

    /** The exporter ticked the declaration on the draft (or filed through the API, which is the same). */
    public void acceptDeclaration(boolean accepted) {
        requireStatus(ApplicationStatus.DRAFT, "edit");
        this.declarationAccepted = accepted;
    }

    public void markSubmitted(String teamCode, Instant at, String declaredBy) {
        requireStatus(ApplicationStatus.DRAFT, "submit");
        this.declaredBy = declaredBy;
        this.declaredAt = at;
        this.teamCode = teamCode;
        this.submittedAt = at;
    }

    /** The team routing chose after the pre-screen: its queues show the case from now on. */
    public void routeTo(String teamCode) {
        this.teamCode = teamCode;
    }

    /**
     * The status the case's process has reached. Called by the status mapping only (ArchitectureTest keeps it so):
     * every other method here checks and records, the engine's position decides the status.
     */
    public void followProcess(ApplicationStatus reached) {
        this.status = reached;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void flagRestrictedParty(boolean hit) {
        this.restrictedPartyHit = hit;
    }

    public boolean isRestrictedPartyHit() {
        return Boolean.TRUE.equals(restrictedPartyHit);
    }

    public void recordScreening(String outcome, int tier, int effectiveTier, BigDecimal totalTpp,
            BigDecimal controlledTpp, BigDecimal h100Equivalents, String ruleSetVersion, Instant at) {
        this.screeningOutcome = outcome;
        this.screeningTier = tier;
        this.effectiveTier = effectiveTier;
        this.totalTpp = totalTpp;
        this.controlledTpp = controlledTpp;
        this.h100Equivalents = h100Equivalents;
        this.ruleSetVersion = ruleSetVersion;
        this.screenedAt = at;
    }

    /** Notes the TPP reserved against the destination's allocation while the case is open. */
    public void reserveAllocation(String period, BigDecimal tpp) {
        this.allocationPeriod = period;
        this.allocationReservedTpp = tpp;
    }

    /** Hands back the reservation, e.g. when it is consumed by an approval or released by a denial. */
    public BigDecimal takeReservation() {
        BigDecimal reserved = allocationReservedTpp;
        this.allocationReservedTpp = null;
        return reserved;
    }

    public void claim(String reviewer, Instant at) {
        this.assignee = reviewer;
        this.claimedAt = at;
    }

    public void release() {
        this.assignee = null;
        this.claimedAt = null;
    }

    /**
     * Sends the case to the exporter with a question; the process pauses the SLA clock. While it waits it is in
     * nobody's "Mine"; the reply hands it back to the reviewer who asked (the request keeps their name).
     */
    public void awaitExporter() {
        requireOpenForReview();
        release();
    }

    public void escalate(String reviewer, String justification) {
        requireOpenForReview();
        this.escalatedBy = reviewer;
        this.escalationReason = justification;
        release();
    }

    public void withdraw(String reason) {
        this.withdrawnReason = reason;
        release();
        this.reviewClock = clock().marked(SlaState.STOPPED);
    }

    /** Only a denial can be appealed; the appeal's process then marks the case appealed. */
    public void checkAppealable() {
        if (status != ApplicationStatus.DENIED) {
            throw new IllegalStateException(reference + " is " + status.label() + ": only a denial can be appealed");
        }
    }

    /** An upheld appeal: the earlier denial no longer stands and the case is screened and reviewed afresh. */
    public void reopenAfterAppeal() {
        if (status != ApplicationStatus.APPEAL_UPHELD) {
            throw new IllegalStateException(reference + " has no upheld appeal");
        }
        this.decision = null;
        this.decisionReason = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.escalatedBy = null;
        this.escalationReason = null;
    }

    public void issueLicence(String number, java.time.LocalDate validUntil) {
        this.licenceNumber = number;
        this.licenceValidUntil = validUntil;
    }

    public void slaStarted(Instant warnAt, Instant dueAt) {
        this.reviewClock = clock().runningUntil(warnAt, dueAt);
    }

    public void slaPaused(Instant at) {
        this.reviewClock = clock().pausedAt(at);
    }

    public void slaMarked(SlaState state) {
        this.reviewClock = clock().marked(state);
    }

    /** An embedded value whose columns are all empty reads back as null: a clock not started yet. */
    public ReviewClock clock() {
        return ReviewClock.orNotStarted(reviewClock);
    }

    private void requireOpenForReview() {
        if (!ApplicationStatus.IN_REVIEW.contains(status) && status != ApplicationStatus.ESCALATED) {
            throw new IllegalStateException(reference + " is " + status.label() + ", not under review");
        }
    }

    public void decide(Decision decision, String reason, String reviewer, Instant at) {
        requireOpenForReview();
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = reviewer;
        this.decidedAt = at;
        release();
        this.reviewClock = clock().marked(SlaState.STOPPED);
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

    /** Which registered parties the consignee and end user are: picked on a draft, settled at filing. */
    public void linkParties(Long consigneePartyId, Long endUserPartyId) {
        requireStatus(ApplicationStatus.DRAFT, "edit");
        this.consigneePartyId = consigneePartyId;
        this.endUserPartyId = endUserPartyId;
    }

    public Long getConsigneePartyId() {
        return consigneePartyId;
    }

    public Long getEndUserPartyId() {
        return endUserPartyId;
    }

    public boolean isDeclarationAccepted() {
        return declarationAccepted;
    }

    public Integer getEffectiveTier() {
        return effectiveTier;
    }

    public BigDecimal getControlledTpp() {
        return controlledTpp;
    }

    public BigDecimal getH100Equivalents() {
        return h100Equivalents;
    }

    public String getAllocationPeriod() {
        return allocationPeriod;
    }

    public BigDecimal getAllocationReservedTpp() {
        return allocationReservedTpp;
    }

    public String getEscalatedBy() {
        return escalatedBy;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public java.time.LocalDate getLicenceValidUntil() {
        return licenceValidUntil;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
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
