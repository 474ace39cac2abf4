package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a case export: read straight from the database as values, never as entities. */
public record CaseExportRow(String reference, String organisation, String destinationCountry,
        ApplicationStatus status, String outcome, Integer tier, BigDecimal totalTpp, BigDecimal h100Equivalents,
        String ruleSetVersion, Instant submittedAt, String assignee, Decision decision, String decidedBy,
        Instant decidedAt, String licenceNumber) {
}
