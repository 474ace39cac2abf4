package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LineItem;
import com.tierline.screening.domain.Finding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything a permitted reader may see of one case. Countries are display labels, e.g. "Germany (DE)". */
public record CaseDetails(String reference, String organisation, String createdBy, String destinationCountry,
        String consigneeName, String consigneeCountry, String endUserName, String endUserCountry, String endUse,
        List<LineItem> items, ApplicationStatus status, String outcome, Integer tier, BigDecimal totalTpp,
        BigDecimal h100Equivalents, String ruleSetVersion, Instant screenedAt, List<Finding> findings,
        String assignee, Instant claimedAt, Decision decision, String decisionReason, String decidedBy,
        Instant decidedAt, Instant createdAt, Instant submittedAt, String processInstanceId) {
}
