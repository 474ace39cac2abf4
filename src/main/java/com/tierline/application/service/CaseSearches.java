package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Oversight searches across every organisation's submitted cases: paged for screens, streamed for exports.
 * Both use the same filter, so an export contains exactly what the screen listed.
 */
@Service
public class CaseSearches {

    private final LicenceApplicationRepository applications;
    private final EntityManager entityManager;

    CaseSearches(LicenceApplicationRepository applications, EntityManager entityManager) {
        this.applications = applications;
        this.entityManager = entityManager;
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public Page<CaseSummary> page(CaseSearch search, Pageable pageable) {
        Specification<LicenceApplication> spec = (root, query, cb) -> {
            if (query.getResultType() == LicenceApplication.class) {
                root.fetch("organisation");
            }
            return where(search, root, cb);
        };
        return applications.findAll(spec, ApplicationService.newestFirstUnlessSorted(pageable, "submittedAt"))
                .map(CaseSummary::of);
    }

    /**
     * Hands every matching case to {@code sink}, oldest first, as plain values read through a database cursor:
     * no row cap and no entities, so memory stays flat however many cases match. Returns the count.
     * Joins the caller's transaction when there is one (an export records itself in the audit log).
     */
    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public long stream(CaseSearch search, Consumer<CaseExportRow> sink) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<CaseExportRow> query = cb.createQuery(CaseExportRow.class);
        Root<LicenceApplication> root = query.from(LicenceApplication.class);
        query.select(cb.construct(CaseExportRow.class, root.get("reference"), root.get("organisation").get("name"),
                root.get("destinationCountry"), root.get("status"), root.get("screeningOutcome"),
                root.get("screeningTier"), root.get("totalTpp"), root.get("h100Equivalents"),
                root.get("ruleSetVersion"), root.get("submittedAt"), root.get("assignee"), root.get("decision"),
                root.get("decidedBy"), root.get("decidedAt"), root.get("licenceNumber")))
                .where(where(search, root, cb))
                .orderBy(cb.asc(root.get("submittedAt")), cb.asc(root.get("reference")));
        long count = 0;
        try (Stream<CaseExportRow> rows = entityManager.createQuery(query)
                .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            for (CaseExportRow row : (Iterable<CaseExportRow>) rows::iterator) {
                sink.accept(row);
                count++;
            }
        }
        return count;
    }

    private static Predicate where(CaseSearch s, Root<LicenceApplication> root, CriteriaBuilder cb) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.notEqual(root.get("status"), ApplicationStatus.DRAFT));
        if (has(s.reference())) {
            where.add(cb.like(cb.upper(root.get("reference")), "%" + upper(s.reference()) + "%"));
        }
        if (has(s.organisation())) {
            where.add(cb.like(cb.upper(root.get("organisation").get("name")), "%" + upper(s.organisation()) + "%"));
        }
        if (has(s.destinationCountry())) {
            where.add(cb.equal(root.get("destinationCountry"), s.destinationCountry()));
        }
        if (!s.statuses().isEmpty()) {
            where.add(root.get("status").in(s.statuses()));
        }
        if (s.decision() != null) {
            where.add(cb.equal(root.get("decision"), s.decision()));
        }
        if (has(s.reviewer())) {
            String reviewer = s.reviewer().trim();
            where.add(cb.or(cb.equal(root.get("assignee"), reviewer), cb.equal(root.get("decidedBy"), reviewer)));
        }
        if (s.submittedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(root.get("submittedAt"),
                    s.submittedFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (s.submittedTo() != null) {
            where.add(cb.lessThan(root.get("submittedAt"),
                    s.submittedTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return cb.and(where.toArray(Predicate[]::new));
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }

    private static String upper(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
