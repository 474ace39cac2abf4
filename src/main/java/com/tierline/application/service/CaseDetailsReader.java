package com.tierline.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.Particulars;
import com.tierline.application.domain.ScreeningRecordRepository;
import com.tierline.application.domain.TradeParty;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.ScreeningService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A case as its readers see it: countries by name, every screening in order, the latest one's findings. The
 * exporter's copy leaves out the review's internal steps (who claimed, escalated or decided it, and why it was
 * escalated): the exporter deals with the office, so those facts must not reach any exporter screen, API or letter.
 */
@Component
class CaseDetailsReader {

    private final ScreeningRecordRepository screenings;
    private final ScreeningService screening;
    private final ObjectMapper json;

    CaseDetailsReader(ScreeningRecordRepository screenings, ScreeningService screening, ObjectMapper json) {
        this.screenings = screenings;
        this.screening = screening;
        this.json = json;
    }

    /** Everything, for reviewers, senior reviewers and auditors. */
    CaseDetails details(LicenceApplication a) {
        return details(a, true);
    }

    /** Without the review's internal steps, for the exporter's organisation. */
    CaseDetails forExporter(LicenceApplication a) {
        return details(a, false);
    }

    private CaseDetails details(LicenceApplication a, boolean staff) {
        List<ScreeningSnapshot> history = screenings.findByApplicationIdOrderByScreenedAtAscIdAsc(a.getId()).stream()
                .map(r -> new ScreeningSnapshot(r.getScreenedAt(), fromJson(r.getResultJson()))).toList();
        ScreeningResult latest = history.isEmpty() ? null : history.get(history.size() - 1).result();
        return new CaseDetails(a.getReference(), a.getOrganisation().getName(), a.getCreatedBy(),
                screening.countryLabel(a.getDestinationCountry()), a.getConsigneeName(),
                screening.countryLabel(a.getConsigneeCountry()), a.particulars().consigneeHeadquartersCountry() == null ? null
                        : screening.countryLabel(a.particulars().consigneeHeadquartersCountry()),
                a.particulars().endUserName(), screening.countryLabel(a.particulars().endUserCountry()), a.particulars().ultimateEndUserName(),
                a.particulars().ultimateEndUserCountry() == null ? null : screening.countryLabel(a.particulars().ultimateEndUserCountry()),
                a.particulars().endUse(), a.particulars().dataCentreName(), a.particulars().attestations(), a.getItems(), a.getStatus(),
                a.getScreeningOutcome(), a.getScreeningTier(), a.getEffectiveTier(), a.getTotalTpp(),
                a.getControlledTpp(), a.getH100Equivalents(), latest == null ? null : latest.allocation(),
                a.getRuleSetVersion(), a.getScreenedAt(), latest == null ? List.of() : latest.findings(), history,
                staff ? a.getAssignee() : null, staff ? a.getClaimedAt() : null, a.getDecision(),
                a.getDecisionReason(), staff ? a.getDecidedBy() : null,
                a.getDecidedAt(), a.getCreatedAt(), a.getSubmittedAt(), a.getProcessInstanceId(), a.getLicenceNumber(),
                a.getLicenceValidUntil(), a.clock().state(), a.clock().dueAt(), a.getWithdrawnReason(),
                staff ? a.getEscalatedBy() : null, staff ? a.getEscalationReason() : null, otherParties(a.particulars()));
    }

    private List<CaseDetails.OtherParty> otherParties(Particulars p) {
        List<CaseDetails.OtherParty> parties = new java.util.ArrayList<>();
        if (p.purchaser() != null) {
            parties.add(new CaseDetails.OtherParty("Purchaser", p.purchaser().name(), label(p.purchaser().country())));
        }
        for (int i = 0; i < p.intermediateConsignees().size(); i++) {
            TradeParty t = p.intermediateConsignees().get(i);
            parties.add(new CaseDetails.OtherParty("Intermediate consignee " + (i + 1)
                    + (t.role() == null ? "" : " (" + t.role() + ")"), t.name(), label(t.country())));
        }
        return parties;
    }

    private String label(String country) {
        return country == null ? null : screening.countryLabel(country);
    }

    private ScreeningResult fromJson(String result) {
        try {
            return json.readValue(result, ScreeningResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored findings are unreadable", e);
        }
    }
}
