package com.tierline.audit.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import java.time.LocalDate;
import java.util.Set;

/**
 * An auditor's or senior reviewer's search across all submitted cases; every part is optional. {@code reviewer}
 * matches whoever holds or decided the case; dates are calendar days of submission, both inclusive, in UTC.
 */
public record CaseSearch(String reference, String organisation, String destinationCountry,
        Set<ApplicationStatus> statuses, Decision decision, String reviewer, LocalDate submittedFrom,
        LocalDate submittedTo) {

    public static final CaseSearch ALL = new CaseSearch(null, null, null, Set.of(), null, null, null, null);

    public CaseSearch {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CaseSearch byReference(String reference) {
        return new CaseSearch(reference, null, null, Set.of(), null, null, null, null);
    }
}
