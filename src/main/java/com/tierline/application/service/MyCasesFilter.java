package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
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
}
