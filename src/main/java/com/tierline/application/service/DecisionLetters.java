package com.tierline.application.service;

import com.tierline.allocation.service.AllocationLedger;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.tierline.application.domain.CaseDecision;
import com.tierline.application.domain.CaseDecisionRepository;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.application.domain.LineItem;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Formats;
import com.tierline.shared.Sha256;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision letters (PDF) for those allowed to see the case: each decision's own letter, kept as it was issued in
 * the case's decision history, so a reopened and re-decided case still offers its earlier letters unchanged.
 */
@Service
public class DecisionLetters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final ApplicationService applications;
    private final LicenceApplicationRepository cases;
    private final CaseDecisionRepository decisions;
    private final JdbcTemplate jdbc;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final int appealWindowDays;

    DecisionLetters(ApplicationService applications, LicenceApplicationRepository cases,
            CaseDecisionRepository decisions, JdbcTemplate jdbc, AllocationLedger ledger, RuleSetCatalog ruleSets,
            CurrentUser currentUser, ApplicationEventPublisher events,
            @Value("${tierline.appeal.window-days:45}") int appealWindowDays) {
        this.applications = applications;
        this.cases = cases;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
        this.events = events;
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
        Optional<CaseDecision> latest = decisions.findByApplicationIdOrderBySequence(id).stream()
                .filter(d -> d.getKind().hasLetter()).reduce((a, b) -> b);
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
        Optional<CaseDecision> row = decisions.findByApplicationIdAndSequence(id, sequence)
                .filter(d -> d.getKind().hasLetter());
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

    /** Keeps the letter issued with a history row; the table is append-only, so it is kept once and for good. */
    void keep(long decisionId, byte[] pdf) {
        jdbc.update("insert into case_decision_letter (decision_id, sha256, content) values (?, ?, ?)", decisionId,
                Sha256.hex(pdf), pdf);
    }

    boolean kept(long decisionId) {
        return stored(decisionId).isPresent();
    }

    private Optional<byte[]> stored(long decisionId) {
        return jdbc.query("select content from case_decision_letter where decision_id = ?",
                (rs, n) -> rs.getBytes(1), decisionId).stream().findFirst();
    }

    /** The database keeps microseconds; a decision time read back may have lost the nanoseconds. */
    static boolean sameInstant(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MICROS).equals(b.truncatedTo(ChronoUnit.MICROS));
    }

    /** The letter of the decision {@code c} holds now; rendered as it is taken, and kept (see {@link #keep}). */
    public byte[] render(CaseDetails c) {
        return render(c, settledAllocation(c.reference()));
    }

    /**
     * The destination's allocation as the ledger holds it now that the decision has settled this case's share
     * (consumed on approval, released on denial); empty when the case never counted against an allocation.
     */
    private Optional<AllocationPosition> settledAllocation(String reference) {
        return cases.findByReference(reference).filter(a -> a.getAllocationPeriod() != null)
                .map(a -> ledger.position(a.getDestinationCountry(), ruleSets.byVersion(a.getRuleSetVersion())));
    }

    private byte[] render(CaseDetails c, Optional<AllocationPosition> allocation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Decision on " + c.reference());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            document.add(new Paragraph("Tierline - export licensing of advanced AI chips", body));
            document.add(new Paragraph("Decision on application " + c.reference(), title));
            document.add(new Paragraph("Date of decision: " + DATE.format(c.decidedAt()), body));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("To: " + c.organisation(), body));
            document.add(new Paragraph("Destination: " + Formats.country(c.destinationCountry(), Locale.ENGLISH),
                    body));
            document.add(new Paragraph("Consignee: " + c.consigneeName() + ", "
                    + Formats.country(c.consigneeCountry(), Locale.ENGLISH), body));
            document.add(new Paragraph("End user: " + c.endUserName() + ", "
                    + Formats.country(c.endUserCountry(), Locale.ENGLISH), body));
            document.add(new Paragraph(" "));
            PdfPTable items = new PdfPTable(new float[] {4, 2, 1.5f, 1.5f});
            items.setWidthPercentage(100);
            for (String h : new String[] {"Item", "TPP per unit", "Density", "Quantity"}) {
                items.addCell(new Paragraph(h, heading));
            }
            for (LineItem i : c.items()) {
                items.addCell(new Paragraph(i.getDescription(), body));
                items.addCell(new Paragraph(number(i.getTpp()), body));
                items.addCell(new Paragraph(i.getPerformanceDensity() == null ? "-" : number(i.getPerformanceDensity()),
                        body));
                items.addCell(new Paragraph(Formats.count(i.getQuantity(), Locale.ENGLISH), body));
            }
            document.add(items);
            document.add(new Paragraph(" "));
            boolean approved = c.decision() == Decision.APPROVE;
            Paragraph verdict = new Paragraph(approved ? "The application is approved." : "The application is denied.",
                    title);
            verdict.setAlignment(Element.ALIGN_LEFT);
            document.add(verdict);
            document.add(new Paragraph("Reason: " + c.decisionReason(), body));
            if (approved && c.licenceNumber() != null) {
                document.add(new Paragraph("Licence number " + c.licenceNumber() + ", valid until "
                        + LONG_DATE.format(c.licenceValidUntil()) + " (15 CFR 750.7).", body));
            }
            if (!approved) {
                document.add(new Paragraph("You may appeal this decision within " + appealWindowDays + " days of "
                        + "this notice (15 CFR part 756). The appeal is heard by a senior officer who took no part "
                        + "in this decision.", body));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Pre-screen under rule set " + c.ruleSetVersion() + ": " + outcome(c.outcome())
                    + ", Tier " + c.tier() + ", " + number(c.totalTpp()) + " TPP in total"
                    + (c.h100Equivalents() == null ? "" : " (" + number(c.h100Equivalents()) + " H100-equivalents)")
                    + ".", body));
            for (Finding f : c.findings()) {
                document.add(new Paragraph("- " + f.message() + " (" + f.citation() + ")", body));
            }
            if (allocation.isPresent()) {
                AllocationPosition a = allocation.get();
                document.add(new Paragraph("Country allocation of " + c.destinationCountry() + " after this "
                        + "decision: " + number(a.allocated()) + " TPP allocated, " + number(a.consumed())
                        + " TPP approved, " + number(a.reserved()) + " TPP reserved by open cases, "
                        + number(a.remaining()) + " TPP left.", body));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Decision letter for " + c.reference() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static String outcome(String name) {
        try {
            return Outcome.valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return "not screened";
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : String.format(Locale.ENGLISH, "%,.2f", value).replaceAll("\\.00$", "");
    }
}
