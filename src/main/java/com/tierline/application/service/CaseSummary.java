package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.SlaState;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row in a case list. {@code assignee}: who works on it now; {@code decidedBy}: who took the decision it holds
 * (the latest of its decision history; none while a reopened case awaits a new one).
 */
public record CaseSummary(String reference, String organisation, String destinationCountry, ApplicationStatus status,
        String outcome, Integer tier, BigDecimal totalTpp, Instant createdAt, Instant submittedAt, String assignee,
        Instant claimedAt, Decision decision, SlaState slaState, Instant slaDueAt, boolean restrictedPartyHit,
        String decidedBy) {

    public static CaseSummary of(LicenceApplication a) {
        return new CaseSummary(a.getReference(), a.getOrganisation().getName(), a.getDestinationCountry(),
                a.getStatus(), a.getScreeningOutcome(), a.getScreeningTier(), a.getTotalTpp(), a.getCreatedAt(),
                a.getSubmittedAt(), a.getAssignee(), a.getClaimedAt(), a.getDecision(), a.clock().state(),
                a.clock().dueAt(), a.isRestrictedPartyHit(), a.getDecidedBy());
    }
}
