package com.tierline.party.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A validated-end-user authorisation granted to a registered party (RULES.md §3.2): its number, universal or
 * national, the destination a national one is for, the dates it is valid (until inclusive; open when null) and, for
 * a universal one, the fleet split it declared (TPP in total, in Tier 1, in the United States, in the destination).
 * Granted once and never edited: a changed authorisation is a new one.
 */
@Entity
public class VeuAuthorisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partyId;
    private String number;
    @Enumerated(EnumType.STRING)
    private VeuKind kind;
    private String destinationCountry;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private BigDecimal fleetTotalTpp;
    @jakarta.persistence.Column(name = "fleet_tier1_tpp")
    private BigDecimal fleetTier1Tpp;
    private BigDecimal fleetUsTpp;
    private BigDecimal fleetInDestinationTpp;
    private Instant createdAt;
    private String createdBy;

    protected VeuAuthorisation() {
    }

    public VeuAuthorisation(Long partyId, String number, VeuKind kind, String destinationCountry, LocalDate validFrom,
            LocalDate validUntil, Fleet fleet, Instant createdAt, String createdBy) {
        this.partyId = partyId;
        this.number = number;
        this.kind = kind;
        this.destinationCountry = destinationCountry;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        if (fleet != null) {
            this.fleetTotalTpp = fleet.totalTpp();
            this.fleetTier1Tpp = fleet.tier1Tpp();
            this.fleetUsTpp = fleet.usTpp();
            this.fleetInDestinationTpp = fleet.inDestinationTpp();
        }
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A universal VEU's declared fleet, in TPP; any figure may be missing. */
    public record Fleet(BigDecimal totalTpp, BigDecimal tier1Tpp, BigDecimal usTpp, BigDecimal inDestinationTpp) {
    }

    /** Valid on the date (both ends inclusive). */
    public boolean validOn(LocalDate on) {
        return !on.isBefore(validFrom) && (validUntil == null || !on.isAfter(validUntil));
    }

    /** Valid on the date and, for a national VEU, for this destination. */
    public boolean covers(String destination, LocalDate on) {
        return validOn(on) && (kind == VeuKind.UVEU || destinationCountry.equals(destination));
    }

    public Long getId() {
        return id;
    }

    public Long getPartyId() {
        return partyId;
    }

    public String getNumber() {
        return number;
    }

    public VeuKind getKind() {
        return kind;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Fleet fleet() {
        return new Fleet(fleetTotalTpp, fleetTier1Tpp, fleetUsTpp, fleetInDestinationTpp);
    }
}
