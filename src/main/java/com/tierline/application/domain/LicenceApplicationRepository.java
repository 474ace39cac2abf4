package com.tierline.application.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LicenceApplicationRepository extends JpaRepository<LicenceApplication, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<LicenceApplication> {

    @EntityGraph(attributePaths = "organisation")
    Optional<LicenceApplication> findByReference(String reference);

    /** Row-level rule for exporters: the reference only resolves inside their own organisation. */
    @EntityGraph(attributePaths = "organisation")
    Optional<LicenceApplication> findByReferenceAndOrganisationId(String reference, Long organisationId);

    /** Locks the row for a state change so two reviewers cannot both act on the same case. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LicenceApplication a where a.reference = :reference")
    Optional<LicenceApplication> lockByReference(String reference);

    @EntityGraph(attributePaths = "organisation")
    Page<LicenceApplication> findByOrganisationId(Long organisationId, Pageable pageable);

    @EntityGraph(attributePaths = "organisation")
    Page<LicenceApplication> findByTeamCodeAndStatusIn(String teamCode, Collection<ApplicationStatus> statuses,
            Pageable pageable);

    long countByTeamCodeAndStatusIn(String teamCode, Collection<ApplicationStatus> statuses);

    long countByDestinationCountryAndStatusIn(String destinationCountry, Collection<ApplicationStatus> statuses);

    /**
     * The consignee's low-volume total in a calendar year, other cases only: a case counts in the year of its
     * intended shipment date, or of its submission when it gave none (RULES.md §3.1). With an organisation, only
     * that organisation's cases (what its exporters may be shown); with null, every exporter's.
     */
    @Query("""
            select coalesce(sum(a.controlledTpp), 0) from LicenceApplication a
            where a.consigneeKey = :consigneeKey and a.screeningOutcome = 'AUTHORISED_LOW_VOLUME'
              and ((a.shipmentDate is not null and a.shipmentDate >= :fromDate and a.shipmentDate < :untilDate)
                or (a.shipmentDate is null and a.submittedAt >= :from and a.submittedAt < :until))
              and (:organisationId is null or a.organisation.id = :organisationId) and a.id <> :excluding
            """)
    java.math.BigDecimal lowVolumeTotalInYear(String consigneeKey, java.time.LocalDate fromDate,
            java.time.LocalDate untilDate, java.time.Instant from, java.time.Instant until, Long organisationId,
            Long excluding);

    /**
     * The low-volume total of a registered consignee in a calendar year, as {@link #lowVolumeTotalInYear}: its own
     * cases and those of parties merged into it ({@code partyIds}), and cases filed before the directory linked
     * consignees whose name has one of the party's identity keys ({@code keys}).
     */
    @Query("""
            select coalesce(sum(a.controlledTpp), 0) from LicenceApplication a
            where (a.consigneePartyId in :partyIds or (a.consigneePartyId is null and a.consigneeKey in :keys))
              and a.screeningOutcome = 'AUTHORISED_LOW_VOLUME'
              and ((a.shipmentDate is not null and a.shipmentDate >= :fromDate and a.shipmentDate < :untilDate)
                or (a.shipmentDate is null and a.submittedAt >= :from and a.submittedAt < :until))
              and (:organisationId is null or a.organisation.id = :organisationId) and a.id <> :excluding
            """)
    java.math.BigDecimal partyLowVolumeTotalInYear(Collection<Long> partyIds, Collection<String> keys,
            java.time.LocalDate fromDate, java.time.LocalDate untilDate, java.time.Instant from,
            java.time.Instant until, Long organisationId, Long excluding);

    /** TPP shipped to a national VEU party (as consignee or end user) since a date, other cases only (§3.2). */
    @Query("""
            select coalesce(sum(a.controlledTpp), 0) from LicenceApplication a
            where (a.consigneePartyId in :partyIds or a.endUserPartyId in :partyIds)
              and a.screeningOutcome = 'AUTHORISED_VEU'
              and a.submittedAt >= :from and a.submittedAt < :until and a.id <> :excluding
            """)
    java.math.BigDecimal partyVeuTotal(Collection<Long> partyIds, java.time.Instant from, java.time.Instant until,
            Long excluding);

    /** TPP an organisation has shipped as a national VEU in a calendar year, other cases only. */
    @Query("""
            select coalesce(sum(a.controlledTpp), 0) from LicenceApplication a
            where a.organisation.id = :organisationId and a.screeningOutcome = 'AUTHORISED_VEU'
              and a.submittedAt >= :from and a.submittedAt < :until and a.id <> :excluding
            """)
    java.math.BigDecimal veuTotal(Long organisationId, java.time.Instant from, java.time.Instant until,
            Long excluding);

    /**
     * Open cases whose outcome a new rule set could change. Read outside a transaction at start-up, so the graph
     * names everything {@link LicenceApplication#particulars()} reads (a fetch graph makes the rest lazy).
     */
    @EntityGraph(attributePaths = {"organisation", "intermediateConsignees"})
    List<LicenceApplication> findByStatusIn(Collection<ApplicationStatus> statuses);

    long countByStatusIn(Collection<ApplicationStatus> statuses);

    @EntityGraph(attributePaths = "organisation")
    @Query("""
            select a from LicenceApplication a
            where a.status <> com.tierline.application.domain.ApplicationStatus.DRAFT
              and (:reference = '' or upper(a.reference) like concat('%', upper(:reference), '%'))
            """)
    Page<LicenceApplication> searchSubmitted(String reference, Pageable pageable);
}
