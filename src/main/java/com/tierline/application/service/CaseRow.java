package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A filed case as plain values (one line of audit's CSV export): read straight from the database through a cursor,
 * never as entities, so a listing of every case keeps memory flat.
 */
public record CaseRow(String reference, String organisation, String destinationCountry,
        ApplicationStatus status, String outcome, Integer tier, BigDecimal totalTpp, BigDecimal h100Equivalents,
        String ruleSetVersion, Instant submittedAt, String assignee, Decision decision, String decidedBy,
        Instant decidedAt, String licenceNumber) {
}
