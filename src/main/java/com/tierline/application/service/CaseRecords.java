package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case aggregate for the features that act on it (review, appeal, requests for information) or read it (audit's case search): the
 * application feature owns its tables and
 * repositories, the others reach them only through here. Each method joins the caller's transaction, whose service
 * method carries the role check; a lock taken here lasts until that transaction ends.
 */
@Service
@Transactional
public class CaseRecords {

    private final LicenceApplicationRepository applications;
    private final EntityManager entityManager;

    CaseRecords(LicenceApplicationRepository applications, EntityManager entityManager) {
        this.applications = applications;
        this.entityManager = entityManager;
    }

    /** The case row locked for the rest of the transaction, so two officers acting at once go one after the other. */
    public Optional<LicenceApplication> lock(String reference) {
        return applications.lockByReference(reference);
    }

    /**
     * The case of the exporter's own organisation, locked like {@link #lock}; another organisation's case looks
     * unknown, as the row rule wants.
     */
    public LicenceApplication lockOwn(String reference, Long organisationId) {
        return applications.lockByReference(reference)
                .filter(a -> a.getOrganisation().getId().equals(organisationId))
                .orElseThrow(() -> new CaseNotFoundException(reference));
    }

    public Optional<LicenceApplication> find(String reference) {
        return applications.findByReference(reference);
    }

    public Optional<LicenceApplication> find(long id) {
        return applications.findById(id);
    }

    public Page<LicenceApplication> inTeam(String teamCode, Collection<ApplicationStatus> statuses, Pageable page) {
        return applications.findByTeamCodeAndStatusIn(teamCode, statuses, page);
    }

    public long countInTeam(String teamCode, Collection<ApplicationStatus> statuses) {
        return applications.countByTeamCodeAndStatusIn(teamCode, statuses);
    }

    /** A queue's page: the queue's own conditions as a specification over the case. */
    public Page<LicenceApplication> matching(Specification<LicenceApplication> spec, Pageable page) {
        return applications.findAll(spec, page);
    }

    public long count(Specification<LicenceApplication> spec) {
        return applications.count(spec);
    }

    /**
     * Hands every case matching {@code spec} to {@code sink}, oldest filing first, as plain values read through a
     * database cursor: no row cap and no entities, so memory stays flat however many cases match. Returns the count.
     */
    @Transactional(readOnly = true)
    public long eachRow(Specification<LicenceApplication> spec, Consumer<CaseRow> sink) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<CaseRow> query = cb.createQuery(CaseRow.class);
        Root<LicenceApplication> root = query.from(LicenceApplication.class);
        query.select(cb.construct(CaseRow.class, root.get("reference"), root.get("organisation").get("name"),
                root.get("destinationCountry"), root.get("status"), root.get("screeningOutcome"),
                root.get("screeningTier"), root.get("totalTpp"), root.get("h100Equivalents"),
                root.get("ruleSetVersion"), root.get("submittedAt"), root.get("assignee"), root.get("decision"),
                root.get("decidedBy"), root.get("decidedAt"), root.get("licenceNumber")))
                .where(spec.toPredicate(root, query, cb))
                .orderBy(cb.asc(root.get("submittedAt")), cb.asc(root.get("reference")));
        long count = 0;
        try (Stream<CaseRow> rows = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            for (CaseRow row : (Iterable<CaseRow>) rows::iterator) {
                sink.accept(row);
                count++;
            }
        }
        return count;
    }
}
