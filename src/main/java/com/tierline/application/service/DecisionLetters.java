package com.tierline.application.service;

import com.tierline.allocation.service.AllocationLedger;
import com.tierline.history.domain.CaseDecision;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.history.service.DecisionRecorded;
import com.tierline.history.service.DecisionRows;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.letters.service.DecisionLetterRenderer;
import com.tierline.letters.service.ItemLine;
import com.tierline.letters.service.LetterFacts;
import com.tierline.letters.service.Licence;
import com.tierline.letters.service.Party;
import com.tierline.letters.service.ScreeningFacts;
import com.tierline.letters.service.Verdict;
import com.tierline.screening.domain.Outcome;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Sha256;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision letters (PDF) for those allowed to see the case: each decision's own letter, kept as it was issued in
 * the case's decision history, so a reopened and re-decided case still offers its earlier letters unchanged.
 */
@Service
public class DecisionLetters {

    private final ApplicationService applications;
    private final LicenceApplicationRepository cases;
    private final DecisionRows decisions;
    private final JdbcTemplate jdbc;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DecisionLetterRenderer renderer;
    private final int appealWindowDays;

    DecisionLetters(ApplicationService applications, LicenceApplicationRepository cases,
            DecisionRows decisions, JdbcTemplate jdbc, AllocationLedger ledger, RuleSetCatalog ruleSets,
            CurrentUser currentUser, ApplicationEventPublisher events, DecisionLetterRenderer renderer,
            @Value("${tierline.appeal.window-days:45}") int appealWindowDays) {
        this.applications = applications;
        this.cases = cases;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
        this.events = events;
        this.renderer = renderer;
        this.appealWindowDays = appealWindowDays;
    }

    /**
     * The letter of the decision the case holds now, or empty when the case is unknown to the caller or has no
     * standing decision. Each download is audited.
     */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional
    public Optional<byte[]> letter(String reference) {
        Optional<CaseDetails> found = applications.find(reference).filter(c -> c.decision() != null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long id = cases.findByReference(reference).orElseThrow().getId();
        Optional<CaseDecision> latest = decisions.latestWithLetter(id);
        return latest.isPresent() ? letter(reference, latest.get().getSequence())
                : found.map(c -> audited(reference, c.decision().name(), null, render(c)));
    }

    /**
     * The letter issued with the history row {@code sequence} of the case, exactly as it was issued; empty when the
     * case is unknown to the caller or the row has no letter. A row back-filled from before letters were kept gets
     * its letter rendered once, from the case, while the case still holds that decision; it is kept from then on.
     */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional
    public Optional<byte[]> letter(String reference, int sequence) {
        Optional<CaseDetails> found = applications.find(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long id = cases.findByReference(reference).orElseThrow().getId();
        Optional<CaseDecision> row = decisions.withLetter(id, sequence);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> pdf = stored(row.get().getId());
        if (pdf.isEmpty() && found.get().decidedAt() != null
                && sameInstant(found.get().decidedAt(), row.get().getOccurredAt())) {
            pdf = Optional.of(render(found.get()));
            keep(row.get().getId(), pdf.get());
        }
        return pdf.map(bytes -> audited(reference, row.get().getKind().name(), sequence, bytes));
    }

    private byte[] audited(String reference, String decision, Integer sequence, byte[] pdf) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("decision", decision);
        if (sequence != null) {
            payload.put("historyRow", sequence);
        }
        events.publishEvent(new AuditableAction(currentUser.actorName(), "decision-letter.downloaded", reference,
                payload));
        return pdf;
    }

    /** A decision just got its history row: its letter is rendered from the case, just decided, and kept. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void keepLetterOf(DecisionRecorded recorded) {
        keepLetter(cases.findById(recorded.applicationId()).orElseThrow(), recorded.decisionId());
    }

    /**
     * An upheld appeal is announced before the reopening clears the case's decision: a letter not yet kept (a row
     * back-filled from before letters were kept) is kept now, while the case still holds that decision.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void keepStandingLetter(CaseHistoryEvent.AppealDecided appeal) {
        if (!appeal.upheld()) {
            return;
        }
        LicenceApplication a = cases.findById(appeal.applicationId()).orElseThrow();
        if (a.getDecidedAt() != null) {
            decisions.latestWithLetter(a.getId()).filter(d -> sameInstant(d.getOccurredAt(), a.getDecidedAt()))
                    .ifPresent(row -> keepLetter(a, row.getId()));
        }
    }

    private void keepLetter(LicenceApplication a, long decisionId) {
        if (!kept(decisionId)) {
            keep(decisionId, render(applications.find(a.getReference()).orElseThrow()));
        }
    }

    /** Keeps the letter issued with a history row; the table is append-only, so it is kept once and for good. */
    private void keep(long decisionId, byte[] pdf) {
        jdbc.update("insert into case_decision_letter (decision_id, sha256, content) values (?, ?, ?)", decisionId,
                Sha256.hex(pdf), pdf);
    }

    private boolean kept(long decisionId) {
        return stored(decisionId).isPresent();
    }

    private Optional<byte[]> stored(long decisionId) {
        return jdbc.query("select content from case_decision_letter where decision_id = ?",
                (rs, n) -> rs.getBytes(1), decisionId).stream().findFirst();
    }

    /** The database keeps microseconds; a decision time read back may have lost the nanoseconds. */
    private static boolean sameInstant(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MICROS).equals(b.truncatedTo(ChronoUnit.MICROS));
    }

    /** The letter of the decision {@code c} holds now; rendered as it is taken, and kept (see {@link #keep}). */
    public byte[] render(CaseDetails c) {
        return renderer.render(facts(c, settledAllocation(c.reference())));
    }

    /**
     * The destination's allocation as the ledger holds it now that the decision has settled this case's share
     * (consumed on approval, released on denial); empty when the case never counted against an allocation.
     */
    private Optional<AllocationPosition> settledAllocation(String reference) {
        return cases.findByReference(reference).filter(a -> a.getAllocationPeriod() != null)
                .map(a -> ledger.position(a.getDestinationCountry(), ruleSets.byVersion(a.getRuleSetVersion())));
    }

    /** The case as the letter states it; the drawing is the letters feature's. */
    private LetterFacts facts(CaseDetails c, Optional<AllocationPosition> allocation) {
        List<ItemLine> items = c.items().stream().map(i -> new ItemLine(i.getDescription(), i.getModel(), i.getTpp(),
                i.getPerformanceDensity(), i.getQuantity(), i.getUnitValueUsd())).toList();
        boolean approved = c.decision() == Decision.APPROVE;
        return new LetterFacts(c.reference(), c.decidedAt(), c.organisation(), c.destinationCountry(),
                new Party(c.consigneeName(), c.consigneeCountry()), new Party(c.endUserName(), c.endUserCountry()),
                items, approved ? Verdict.APPROVED : Verdict.DENIED, c.decisionReason(),
                approved && c.licenceNumber() != null ? new Licence(c.licenceNumber(), c.licenceValidUntil()) : null,
                appealWindowDays, new ScreeningFacts(c.screenedAt(), c.ruleSetVersion(), outcome(c.outcome()),
                        c.tier(), c.totalTpp(), c.h100Equivalents(), c.findings()),
                allocation.orElse(null));
    }

    private static Outcome outcome(String name) {
        try {
            return Outcome.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return null;
        }
    }
}
