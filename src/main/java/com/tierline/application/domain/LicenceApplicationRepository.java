package com.tierline.application.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LicenceApplicationRepository extends JpaRepository<LicenceApplication, Long> {

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

    @EntityGraph(attributePaths = "organisation")
    @Query("""
            select a from LicenceApplication a
            where a.status <> com.tierline.application.domain.ApplicationStatus.DRAFT
              and (:reference = '' or upper(a.reference) like concat('%', upper(:reference), '%'))
            """)
    Page<LicenceApplication> searchSubmitted(String reference, Pageable pageable);
}
