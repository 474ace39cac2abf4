package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import jakarta.persistence.criteria.Predicate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an exporter narrows their own case list by; every part is optional. Dates are calendar days of creation,
 * both ends inclusive, in UTC.
 */
public record MyCasesFilter(String referenceContains, Set<ApplicationStatus> statuses, String destinationCountry,
        LocalDate createdFrom, LocalDate createdTo) {

    public static final MyCasesFilter NONE = new MyCasesFilter(null, Set.of(), null, null, null);

    public MyCasesFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** The filter as a query over one organisation's cases (the row rule is the first condition). */
    Specification<LicenceApplication> forOrganisation(Long organisationId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("organisation").get("id"), organisationId));
            if (referenceContains() != null && !referenceContains().isBlank()) {
                where.add(cb.like(cb.upper(root.get("reference")),
                        "%" + referenceContains().trim().toUpperCase(Locale.ROOT) + "%"));
            }
            if (!statuses().isEmpty()) {
                where.add(root.get("status").in(statuses()));
            }
            if (destinationCountry() != null && !destinationCountry().isBlank()) {
                where.add(cb.equal(root.get("destinationCountry"), destinationCountry()));
            }
            if (createdFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"),
                        createdFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (createdTo() != null) {
                where.add(cb.lessThan(root.get("createdAt"),
                        createdTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (Long.class != query.getResultType() && long.class != query.getResultType()) {
                root.fetch("organisation");
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
