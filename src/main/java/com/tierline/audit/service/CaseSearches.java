package com.tierline.audit.service;

import static com.tierline.application.service.CaseCriteria.decided;
import static com.tierline.application.service.CaseCriteria.destination;
import static com.tierline.application.service.CaseCriteria.heldOrDecidedBy;
import static com.tierline.application.service.CaseCriteria.organisationNameContains;
import static com.tierline.application.service.CaseCriteria.referenceContains;
import static com.tierline.application.service.CaseCriteria.statusIn;
import static com.tierline.application.service.CaseCriteria.submittedOnOrAfter;
import static com.tierline.application.service.CaseCriteria.submittedOnOrBefore;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.CaseCriteria;
import com.tierline.application.service.CaseRecords;
import com.tierline.application.service.CaseRow;
import com.tierline.application.service.CaseSummary;
import com.tierline.identity.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Oversight searches across every organisation's submitted cases: paged for screens, streamed for exports.
 * Both use the same filter, so an export contains exactly what the screen listed. Cases are read through the
 * application feature's {@link CaseRecords}, with its {@link CaseCriteria}.
 */
@Service
public class CaseSearches {

    private final CaseRecords cases;

    CaseSearches(CaseRecords cases) {
        this.cases = cases;
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public Page<CaseSummary> page(CaseSearch search, Pageable pageable) {
        return cases.matching(where(search), CaseCriteria.newestSubmittedFirstUnlessSorted(pageable))
                .map(CaseSummary::of);
    }

    /**
     * Hands every matching case to {@code sink}, oldest first, as plain values read through a database cursor:
     * no row cap and no entities, so memory stays flat however many cases match. Returns the count.
     * Joins the caller's transaction when there is one (an export records itself in the audit log).
     */
    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public long stream(CaseSearch search, Consumer<CaseRow> sink) {
        return cases.eachRow(where(search), sink);
    }

    /** Every part of the search is optional: a blank or empty one adds no condition. */
    private static Specification<LicenceApplication> where(CaseSearch s) {
        Specification<LicenceApplication> where = CaseCriteria.submitted();
        if (has(s.reference())) {
            where = where.and(referenceContains(s.reference()));
        }
        if (has(s.organisation())) {
            where = where.and(organisationNameContains(s.organisation()));
        }
        if (has(s.destinationCountry())) {
            where = where.and(destination(s.destinationCountry()));
        }
        if (!s.statuses().isEmpty()) {
            where = where.and(statusIn(s.statuses()));
        }
        if (s.decision() != null) {
            where = where.and(decided(s.decision()));
        }
        if (has(s.reviewer())) {
            where = where.and(heldOrDecidedBy(s.reviewer()));
        }
        if (s.submittedFrom() != null) {
            where = where.and(submittedOnOrAfter(s.submittedFrom()));
        }
        if (s.submittedTo() != null) {
            where = where.and(submittedOnOrBefore(s.submittedTo()));
        }
        return where;
    }

    private static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
