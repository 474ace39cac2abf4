package com.tierline.history.service;

import com.tierline.history.domain.CaseDecision;
import com.tierline.history.domain.CaseDecisionRepository;
import com.tierline.history.domain.DecisionKind;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's decision history: each {@link CaseHistoryEvent} becomes a row, numbered within the case, in the
 * transaction of the act it records; a decision row is announced ({@link DecisionRecorded}) so its letter is kept
 * with it, and later reopenings and decisions never change what an earlier letter said. Readers see the history of
 * the cases they may see.
 */
@Service
public class CaseHistoryLog {

    private final CaseDecisionRepository decisions;
    private final VisibleCases cases;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseHistoryLog(CaseDecisionRepository decisions, VisibleCases cases, ApplicationEventPublisher events,
            CurrentUser currentUser, Clock clock) {
        this.decisions = decisions;
        this.cases = cases;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(CaseHistoryEvent event) {
        long a = event.applicationId();
        Instant now = clock.instant();
        if (event instanceof CaseHistoryEvent.Decided e) {
            CaseDecision row = append(a, DecisionKind.decided(e.approved(), e.onSeniorReview()), e.by(), e.at(),
                    e.reason(), e.licenceNumber(), e.licenceValidUntil(), null);
            events.publishEvent(new DecisionRecorded(a, row.getId()));
        } else if (event instanceof CaseHistoryEvent.InformationRequested e) {
            append(a, DecisionKind.INFORMATION_REQUESTED, e.by(), now, e.question(), null, null, null);
        } else if (event instanceof CaseHistoryEvent.InformationProvided e) {
            append(a, DecisionKind.INFORMATION_PROVIDED, e.by(), now, e.answer(), null, null, null);
        } else if (event instanceof CaseHistoryEvent.Escalated e) {
            append(a, DecisionKind.ESCALATED, e.by(), now, e.justification(), null, null, null);
        } else if (event instanceof CaseHistoryEvent.Withdrawn e) {
            append(a, DecisionKind.WITHDRAWN, e.by(), now, e.reason(), null, null, null);
        } else if (event instanceof CaseHistoryEvent.AppealLodged e) {
            append(a, DecisionKind.APPEAL_LODGED, e.by(), now, e.grounds(), null, null, e.appealReference());
        } else if (event instanceof CaseHistoryEvent.AppealDecided e) {
            append(a, e.upheld() ? DecisionKind.APPEAL_UPHELD : DecisionKind.APPEAL_DISMISSED, e.by(), now,
                    e.reason(), null, null, e.appealReference());
        } else if (event instanceof CaseHistoryEvent.Reopened e) {
            append(a, DecisionKind.REOPENED, e.by(), now, null, null, null, e.appealReference());
        }
    }

    /** The history of a case the caller may see, in order; empty for an unknown or hidden case. */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<CaseHistoryEntry> of(String reference) {
        SignedInUser me = currentUser.require();
        boolean exporter = !(me.has(Role.REVIEWER) || me.has(Role.SENIOR_REVIEWER) || me.has(Role.AUDITOR));
        return cases.idOf(reference, me, exporter).map(id -> decisions.findByApplicationIdOrderBySequence(id).stream()
                .filter(d -> !(exporter && d.getKind().internal()))
                .map(d -> entry(d, exporter)).toList()).orElse(List.of());
    }

    private static CaseHistoryEntry entry(CaseDecision d, boolean exporter) {
        // Exporters deal with the office, not with the official: they see who acted only for their own acts.
        String actor = !exporter || d.getKind().byExporter() ? d.getActor()
                : "system".equals(d.getActor()) ? "Tierline" : office(d.getKind());
        return new CaseHistoryEntry(d.getSequence(), d.getKind(), actor, d.getOccurredAt(), d.getReason(),
                d.getLicenceNumber(), d.getLicenceValidUntil(), d.getAppealReference(), d.getKind().hasLetter());
    }

    private static String office(DecisionKind kind) {
        return switch (kind) {
            case SENIOR_APPROVED, SENIOR_DENIED, APPEAL_UPHELD, APPEAL_DISMISSED, REOPENED ->
                    "Senior licensing officer";
            default -> "Licensing officer";
        };
    }

    private CaseDecision append(long applicationId, DecisionKind kind, String actor, Instant at, String reason,
            String licenceNumber, LocalDate validUntil, String appealReference) {
        return decisions.save(new CaseDecision(applicationId, decisions.lastSequence(applicationId) + 1, kind,
                actor == null ? "system" : actor, at, reason, licenceNumber, validUntil, appealReference));
    }
}
