package com.tierline.letters.service;

import static com.tierline.letters.service.PdfLook.number;
import static com.tierline.letters.service.PdfLook.time;

import com.lowagie.text.pdf.PdfPTable;
import com.tierline.letters.service.DossierFacts.Decided;
import com.tierline.letters.service.DossierFacts.FiledDocument;
import com.tierline.letters.service.DossierFacts.HistoryLine;
import com.tierline.letters.service.DossierFacts.NamedParty;
import com.tierline.letters.service.DossierFacts.Parties;
import com.tierline.letters.service.DossierFacts.Question;
import com.tierline.letters.service.DossierFacts.Standing;
import com.tierline.letters.service.DossierFacts.TimelineLine;
import com.tierline.letters.service.PdfLook.Style;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.SecurityAttestation;
import com.tierline.screening.domain.Severity;
import com.tierline.shared.Formats;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Draws the auditor's dossier of one case: parties, items, every screening, the decision and its history,
 * documents with their hashes, the merged timeline, and the audit chain's verification with its signed checkpoint.
 */
@Service
public class DossierRenderer {

    private final PdfFonts fonts;

    public DossierRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] render(DossierFacts f) {
        return PdfLook.pdf(fonts, "Tierline case dossier " + f.reference(), pdf -> body(pdf, f));
    }

    private static void body(PdfLook pdf, DossierFacts f) {
        pdf.line("Exported " + time(f.exportedAt()) + " by " + f.exportedBy());
        pdf.paragraph("Audit chain at export: " + (f.chain().intact() ? "intact"
                : "broken at event " + f.chain().firstBrokenSequence()) + " ("
                + Formats.count(f.chain().eventsVerified(), "event", "events", Locale.ENGLISH) + " verified)",
                Style.HEADING);
        parties(pdf, f.parties());

        pdf.section("Items");
        pdf.add(pdf.items(f.items(), true));

        pdf.section("Screenings");
        for (ScreeningFacts s : f.screenings()) {
            pdf.line(time(s.at()) + " under rule set " + s.ruleSetVersion() + ": "
                    + (s.outcome() == null ? "not screened" : s.outcome().label())
                    + (s.tier() == null ? "" : ", Tier " + s.tier()) + ", " + number(s.totalTpp()) + " TPP");
            for (Finding finding : s.findings()) {
                pdf.line("   " + severity(finding.severity()) + ": " + finding.message() + " ("
                        + finding.citation() + ")");
            }
        }

        pdf.section("Decision");
        pdf.line(standing(f.standing()));
        if (f.escalation() != null) {
            pdf.line("Escalated by " + f.escalation().by() + ": " + f.escalation().reason());
        }
        for (Question q : f.questions()) {
            pdf.line("Question " + time(q.askedAt()) + " by " + q.askedBy() + ": " + q.question()
                    + (q.answeredAt() == null ? " (unanswered)"
                            : " / Answer " + time(q.answeredAt()) + " by " + q.answeredBy() + ": " + q.answer()));
        }

        pdf.section("Decision history");
        if (f.history().isEmpty()) {
            pdf.line("None.");
        }
        for (HistoryLine h : f.history()) {
            pdf.line(h.sequence() + ". " + time(h.at()) + " by " + h.actor() + ": " + h.sentence()
                    + (h.letterKept() ? " (its letter is kept as issued)" : ""));
        }

        pdf.section("Documents");
        if (f.documents().isEmpty()) {
            pdf.line("None.");
        }
        for (FiledDocument d : f.documents()) {
            pdf.line(d.fileName() + " (" + d.purpose() + ", " + Formats.bytes(d.sizeBytes(), Locale.ENGLISH)
                    + ", " + d.uploadedBy() + ", " + time(d.uploadedAt()) + ")");
            pdf.paragraph("SHA-256 " + d.sha256(), Style.SMALL);
        }

        pdf.section("Timeline");
        PdfPTable lines = pdf.table(new float[] {2.2f, 0.8f, 1.4f, 3.6f, 1.2f}, "When", "Seq.", "Who", "What",
                "Took");
        for (TimelineLine t : f.timeline()) {
            pdf.cells(lines, time(t.at()), t.sequence() == null ? "" : t.sequence().toString(), t.actor(),
                    t.what(), t.took() == null ? (t.open() ? "open" : "") : Formats.duration(t.took()));
        }
        pdf.add(lines);

        pdf.section("Audit chain and signed checkpoint");
        for (String sealLine : f.sealLines()) {
            pdf.paragraph(sealLine, Style.SMALL);
        }
    }

    private static void parties(PdfLook pdf, Parties p) {
        pdf.section("Parties");
        pdf.line("Exporter: " + p.exporter() + " (filed by " + p.filedBy() + ")");
        pdf.line("Destination: " + Formats.country(p.destination(), Locale.ENGLISH));
        pdf.line("Consignee: " + p.consignee().words() + (p.consigneeHeadquarters() == null ? ""
                : ", headquarters " + Formats.country(p.consigneeHeadquarters(), Locale.ENGLISH)));
        pdf.line("End user: " + p.endUser().words());
        if (p.ultimateEndUser() != null) {
            pdf.line("Ultimate end user: " + p.ultimateEndUser().words());
        }
        for (NamedParty other : p.others()) {
            pdf.line(other.role() + ": " + other.party().words());
        }
        pdf.line("End use: " + p.endUse());
        pdf.line("Data centre: " + (p.dataCentre() == null ? "-" : p.dataCentre()) + "; attestations: "
                + attestations(p));
    }

    /** The conditions attested to, in the regulation's order and words; "none" rather than an empty list. */
    private static String attestations(Parties p) {
        return p.attestations().isEmpty() ? "none" : p.attestations().stream()
                .sorted(Comparator.comparing(SecurityAttestation::ordinal)).map(SecurityAttestation::label)
                .collect(Collectors.joining(", "));
    }

    private static String standing(Standing s) {
        Decided d = s.decided();
        if (d == null) {
            return (s.decidedBefore() ? "No decision stands now; status " : "No decision yet; status ")
                    + s.status() + ".";
        }
        return d.verdict().label() + " by " + d.by() + " on " + time(d.at()) + ". Reason: " + d.reason()
                + (d.licence() == null ? "" : " Licence " + d.licence().number() + ", valid until "
                        + PdfLook.date(d.licence().validUntil()) + ".");
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case INFO -> "Info";
            case WARNING -> "Warning";
            case BLOCKING -> "Blocking";
        };
    }
}
