package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LicenceApplication;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Conditions on filed cases for searches made outside the application feature (audit's case search): the entity's
 * attribute names stay with the entity, so a search composes intents and never spells a column. Text is matched
 * trimmed and regardless of case; days are calendar days in UTC.
 */
public final class CaseCriteria {

    private CaseCriteria() {
    }

    /** Every case that has left the draft stage; a query for whole cases also fetches the exporter shown beside it. */
    public static Specification<LicenceApplication> submitted() {
        return (root, query, cb) -> {
            if (query != null && query.getResultType() == LicenceApplication.class) {
                root.fetch("organisation");
            }
            return cb.notEqual(root.get("status"), ApplicationStatus.DRAFT);
        };
    }

    public static Specification<LicenceApplication> referenceContains(String text) {
        return (root, query, cb) -> cb.like(cb.upper(root.get("reference")), "%" + upper(text) + "%");
    }

    public static Specification<LicenceApplication> organisationNameContains(String text) {
        return (root, query, cb) -> cb.like(cb.upper(root.get("organisation").get("name")), "%" + upper(text) + "%");
    }

    public static Specification<LicenceApplication> destination(String iso2) {
        return (root, query, cb) -> cb.equal(root.get("destinationCountry"), iso2);
    }

    public static Specification<LicenceApplication> statusIn(Collection<ApplicationStatus> statuses) {
        return (root, query, cb) -> root.get("status").in(statuses);
    }

    public static Specification<LicenceApplication> decided(Decision decision) {
        return (root, query, cb) -> cb.equal(root.get("decision"), decision);
    }

    /** The reviewer who holds the case now or who decided it. */
    public static Specification<LicenceApplication> heldOrDecidedBy(String username) {
        String name = username.trim();
        return (root, query, cb) -> cb.or(cb.equal(root.get("assignee"), name), cb.equal(root.get("decidedBy"), name));
    }

    public static Specification<LicenceApplication> submittedOnOrAfter(LocalDate day) {
        return (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("submittedAt"),
                day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    public static Specification<LicenceApplication> submittedOnOrBefore(LocalDate day) {
        return (root, query, cb) -> cb.lessThan(root.get("submittedAt"),
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The newest filing first unless the user chose a sort. */
    public static Pageable newestSubmittedFirstUnlessSorted(Pageable pageable) {
        return ApplicationService.newestFirstUnlessSorted(pageable, "submittedAt");
    }

    private static String upper(String value) {
        return value.trim().toUpperCase(Locale.ROOT);
    }
}
