package com.tierline.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.allocation.service.AllocationLedger;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.Particulars;
import com.tierline.application.domain.ScreeningRecord;
import com.tierline.application.domain.ScreeningRecordRepository;
import com.tierline.identity.service.CurrentUser;
import com.tierline.routing.service.CaseRouter;
import com.tierline.routing.service.RoutingFacts;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.ScreeningService;
import com.tierline.shared.AuditableAction;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening a filed case: the process's pre-screen and re-screen steps, and the re-screens a rule-set change calls
 * for. Each puts the result on the case, keeps the allocation reservation in step, and keeps the screening as a row
 * of its own beside the earlier ones, never over them.
 */
@Service
public class CaseScreening {

    private final LicenceApplicationRepository applications;
    private final ScreeningRecordRepository screenings;
    private final ScreeningService screening;
    private final ScreeningRequests requests;
    private final DraftChecks checks;
    private final AllocationLedger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final CaseRouter router;

    CaseScreening(LicenceApplicationRepository applications, ScreeningRecordRepository screenings,
            ScreeningService screening, ScreeningRequests requests, DraftChecks checks, AllocationLedger ledger,
            CurrentUser currentUser, ApplicationEventPublisher events, ObjectMapper json,
            Clock clock, CaseRouter router) {
        this.router = router;
        this.applications = applications;
        this.screenings = screenings;
        this.screening = screening;
        this.requests = requests;
        this.checks = checks;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The process's pre-screen step: screens the case under the rule set in force, keeps the result with its
     * findings and returns the route the process takes (the status follows the step the route leads to). A case
     * that goes to review is routed to a team here, because only now are its outcome and any restricted-party hit
     * known; an upheld appeal's re-filing passes here again and is routed again.
     */
    @Transactional
    public ProcessStep preScreen(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        Instant now = clock.instant();
        RuleSet ruleSet = ruleSetFor(application.particulars());
        ScreeningResult result = screen(application, ruleSet, now);
        // The pre-screen is the process's step, not the submitter's act.
        apply(application, result, ruleSet, now, "system", "application.screened",
                Map.of("route", result.outcome().route().name()));
        if (result.outcome().authorised()) {
            return new ProcessStep(result.outcome().route().name());
        }
        String team = router.route(application.getId(), application.getReference(), new RoutingFacts(
                application.getDestinationCountry(), result.tier(), result.outcome(),
                application.isRestrictedPartyHit())).teamCode();
        application.routeTo(team);
        return new ProcessStep(result.outcome().route().name(), team);
    }

    /** The process's re-screen after the exporter replied: back to the queue the new outcome calls for. */
    @Transactional
    public ProcessStep rescreenAfterReply(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        Instant now = clock.instant();
        RuleSet ruleSet = ruleSetFor(application.particulars());
        ScreeningResult result = screen(application, ruleSet, now);
        apply(application, result, ruleSet, now, "system", "application.rescreened",
                Map.of("after", "exporter reply"));
        return new ProcessStep(result.outcome().route() == Outcome.Route.PRESUMED_DENIAL ? "PRESUMED_DENIAL"
                : "REVIEW");
    }

    /** A re-screen of an open case by {@code actor}: for {@link OpenCaseRescreen}, the one way in. */
    ScreeningResult rescreenAs(String reference, RuleSet ruleSet, String actor, Map<String, Object> extra) {
        LicenceApplication application = applications.lockByReference(reference).orElseThrow();
        Instant now = clock.instant();
        String before = application.getScreeningOutcome();
        ScreeningResult result = screen(application, ruleSet, now);
        Map<String, Object> payload = new LinkedHashMap<>(extra);
        payload.put("previousOutcome", before);
        payload.put("previousRuleSetVersion", String.valueOf(application.getRuleSetVersion()));
        apply(application, result, ruleSet, now, actor, "application.rescreened", payload);
        return result;
    }

    /** Screens a case as it stands now, with the same request builder the live preview uses. */
    private ScreeningResult screen(LicenceApplication application, RuleSet ruleSet, Instant now) {
        return screening.screen(requests.forCase(application, ruleSet, now), ruleSet);
    }

    /** Puts a screening on the case: its figures, the allocation reservation, the record and audit. */
    private void apply(LicenceApplication application, ScreeningResult result, RuleSet ruleSet, Instant now,
            String actor, String action, Map<String, Object> extra) {
        application.recordScreening(result.outcome().name(), result.tier(), result.effectiveTier(),
                result.totalTpp(), result.controlledTpp(), result.h100Equivalents(), result.ruleSetVersion(), now);
        keepReservationInStep(application, result, ruleSet);
        record(application, result, now, actor, action, extra);
    }

    /** Reserves allocation while a Tier 2 licence case is open, and hands it back when that stops being so. */
    private void keepReservationInStep(LicenceApplication application, ScreeningResult result, RuleSet ruleSet) {
        boolean shouldReserve = result.allocation() != null && result.outcome() == Outcome.LICENCE_REQUIRED;
        if (application.getAllocationReservedTpp() != null) {
            ledger.release(application.getDestinationCountry(), application.getAllocationPeriod(), ruleSet,
                    application.takeReservation());
        }
        if (shouldReserve) {
            // Counted as reserved while under review, so later screenings see what is already spoken for.
            ledger.reserve(application.getDestinationCountry(), ruleSet, result.controlledTpp());
            application.reserveAllocation(ruleSet.thresholds().allocationPeriod(), result.controlledTpp());
        }
    }

    private void record(LicenceApplication application, ScreeningResult result, Instant now, String actor,
            String action, Map<String, Object> extra) {
        application.flagRestrictedParty(result.hasFinding("RESTRICTED_PARTY_MATCH"));
        screenings.save(new ScreeningRecord(application.getId(), now, result.ruleSetVersion(),
                result.outcome().name(), result.tier(), result.effectiveTier(), result.totalTpp(),
                result.controlledTpp(), result.h100Equivalents(), toJson(result)));
        Map<String, Object> payload = new LinkedHashMap<>(extra);
        payload.put("outcome", result.outcome().name());
        payload.put("tier", result.tier());
        payload.put("effectiveTier", result.effectiveTier());
        payload.put("totalTpp", result.totalTpp().toPlainString());
        payload.put("controlledTpp", result.controlledTpp().toPlainString());
        if (result.h100Equivalents() != null) {
            payload.put("h100Equivalents", result.h100Equivalents().toPlainString());
        }
        payload.put("ruleSetVersion", result.ruleSetVersion());
        payload.put("findings", result.findings().stream().map(Finding::code).toList());
        events.publishEvent(new AuditableAction(actor, action, application.getReference(), payload));
    }

    /** The rule set in force on the intended shipment date where one is given, otherwise today (RULES.md §3.1). */
    private RuleSet ruleSetFor(Particulars p) {
        return checks.ruleSetOn(p.shipmentDate());
    }

    private String toJson(ScreeningResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Findings cannot be serialised", e);
        }
    }
}
