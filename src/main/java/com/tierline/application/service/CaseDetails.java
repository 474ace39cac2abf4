package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LineItem;
import com.tierline.screening.domain.AllocationView;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.SecurityAttestation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Everything a permitted reader may see of one case. Countries are display labels, e.g. "Germany (DE)";
 * {@code screenings} lists every screening, oldest first, each exactly as it was recorded; {@code otherParties} the
 * purchaser and the intermediate consignees (form 748P), in that order.
 */
public record CaseDetails(String reference, String organisation, String createdBy, String destinationCountry,
        String consigneeName, String consigneeCountry, String consigneeHeadquarters, String endUserName,
        String endUserCountry, String ultimateEndUserName, String ultimateEndUserCountry, String endUse,
        String dataCentreName, Set<SecurityAttestation> attestations, List<LineItem> items, ApplicationStatus status,
        String outcome, Integer tier, Integer effectiveTier, BigDecimal totalTpp, BigDecimal controlledTpp,
        BigDecimal h100Equivalents, AllocationView allocation, String ruleSetVersion, Instant screenedAt,
        List<Finding> findings, List<ScreeningSnapshot> screenings, String assignee, Instant claimedAt,
        Decision decision, String decisionReason, String decidedBy, Instant decidedAt, Instant createdAt,
        Instant submittedAt, String processInstanceId, String licenceNumber, java.time.LocalDate licenceValidUntil,
        com.tierline.application.domain.SlaState slaState, Instant slaDueAt, String withdrawnReason,
        String escalatedBy, String escalationReason, List<OtherParty> otherParties) {

    public CaseDetails {
        otherParties = otherParties == null ? List.of() : List.copyOf(otherParties);
    }

    /** One party beside consignee and end users: "Intermediate consignee 1 (freight forwarder)", its name, country. */
    public record OtherParty(String label, String name, String country) {

        /** "Purchaser: Name, China (CN)". */
        public String sentence() {
            return label + ": " + (name == null ? "(no name)" : name) + (country == null ? "" : ", " + country);
        }
    }
}
