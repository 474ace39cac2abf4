package com.tierline.audit.service;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.tierline.application.domain.LineItem;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.CaseHistoryEntry;
import com.tierline.application.service.CaseHistoryLog;
import com.tierline.application.service.CaseSearch;
import com.tierline.application.service.CaseSearches;
import com.tierline.application.service.ScreeningSnapshot;
import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentStore;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.shared.AuditableAction;
import com.tierline.screening.domain.Finding;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What auditors take away: a CSV of a case search, streamed row by row, and a PDF dossier of one case with the
 * chain's verification at the moment of export. Every export is an audit event in the same transaction.
 */
@Service
public class CaseExports {

    static final String[] CSV_HEADER = {"reference", "organisation", "destination", "status", "outcome", "tier",
            "total_tpp", "h100_equivalents", "rule_set", "submitted_at", "assignee", "decision", "decided_by",
            "decided_at", "licence_number"};
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final CaseSearches searches;
    private final ApplicationService applications;
    private final InformationRequests informationRequests;
    private final DocumentStore documents;
    private final CaseTimeline timeline;
    private final CaseHistoryLog history;
    private final Checkpoints checkpoints;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    CaseExports(CaseSearches searches, ApplicationService applications, InformationRequests informationRequests,
            DocumentStore documents, CaseTimeline timeline, CaseHistoryLog history, Checkpoints checkpoints,
            CurrentUser currentUser, ApplicationEventPublisher events) {
        this.history = history;
        this.searches = searches;
        this.applications = applications;
        this.informationRequests = informationRequests;
        this.documents = documents;
        this.timeline = timeline;
        this.checkpoints = checkpoints;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Writes every case matching the search as CSV (UTF-8, RFC 4180) to {@code out}, as the rows come from the
     * database; returns how many. Spreadsheet formulas in free text are neutralised. After the rows, comment lines
     * ({@code #}) carry the chain's verification and a signed checkpoint, so whoever keeps the file keeps the proof.
     */
    @RolesAllowed(Role.AUDITOR_)
    @Transactional
    public long csv(CaseSearch search, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER)
                    .setCommentMarker('#').get());
            long rows = searches.stream(search, r -> {
                try {
                    // Status, outcome and decision in the words the screens use: the file is read by people.
                    csv.printRecord(cell(r.reference()), cell(r.organisation()), r.destinationCountry(),
                            r.status() == null ? "" : r.status().label(),
                            r.outcome() == null ? "" : EventSentences.outcome(r.outcome()), r.tier(), plain(r.totalTpp()), plain(r.h100Equivalents()),
                            r.ruleSetVersion(), time(r.submittedAt()), r.assignee(),
                            r.decision() == null ? "" : r.decision().label(), r.decidedBy(),
                            time(r.decidedAt()), r.licenceNumber());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Checkpoints.Seal seal = checkpoints.seal();
            for (String line : seal.lines()) {
                csv.printComment(line);
            }
            csv.flush();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("format", "csv");
            payload.put("rows", rows);
            payload.put("search", search.toString());
            payload.put("chainValid", seal.chain().valid());
            payload.put("checkpoint", seal.checkpoint() == null ? "" : seal.checkpoint().line());
            events.publishEvent(new AuditableAction(currentUser.actorName(), "export.csv", null, payload));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("The CSV export could not be written", e);
        }
    }

    /** The dossier of one case, or empty for an unknown reference. */
    @RolesAllowed(Role.AUDITOR_)
    @Transactional
    public Optional<byte[]> dossier(String reference) {
        Optional<CaseDetails> found = applications.find(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Checkpoints.Seal seal = checkpoints.seal();
        byte[] pdf = render(found.get(), history.of(reference), informationRequests.requestsFor(reference),
                documents.forCase(reference), timeline.of(reference), seal);
        events.publishEvent(new AuditableAction(currentUser.actorName(), "export.dossier", reference,
                Map.of("format", "pdf", "bytes", pdf.length, "chainValid", seal.chain().valid(), "checkpoint",
                        seal.checkpoint() == null ? "" : seal.checkpoint().line())));
        return Optional.of(pdf);
    }

    private byte[] render(CaseDetails c, List<CaseHistoryEntry> decisions, List<RequestForInformation> requests,
            List<DocumentInfo> filed,
            List<TimelineEntry> entries, Checkpoints.Seal seal) {
        ChainVerification chain = seal.chain();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font small = FontFactory.getFont(FontFactory.COURIER, 7);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Case dossier " + c.reference());
            pdf.open();
            pdf.add(new Paragraph("Tierline case dossier " + c.reference(), title));
            pdf.add(new Paragraph("Exported " + time(Instant.now()) + " by " + currentUser.actorName(), body));
            pdf.add(new Paragraph("Audit chain at export: " + (chain.valid() ? "intact" : "broken at event "
                    + chain.firstBrokenSequence()) + " (" + com.tierline.shared.Formats.count(chain.events(),
                    Locale.ENGLISH) + " events verified)", heading));

            section(pdf, "Parties", heading);
            pdf.add(new Paragraph("Exporter: " + c.organisation() + " (filed by " + c.createdBy() + ")", body));
            pdf.add(new Paragraph("Destination: " + com.tierline.shared.Formats.country(c.destinationCountry(),
                    Locale.ENGLISH), body));
            pdf.add(new Paragraph("Consignee: " + c.consigneeName() + ", " + c.consigneeCountry()
                    + (c.consigneeHeadquarters() == null ? "" : ", headquarters " + c.consigneeHeadquarters()), body));
            pdf.add(new Paragraph("End user: " + c.endUserName() + ", " + c.endUserCountry(), body));
            if (c.ultimateEndUserName() != null) {
                pdf.add(new Paragraph("Ultimate end user: " + c.ultimateEndUserName() + ", "
                        + c.ultimateEndUserCountry(), body));
            }
            for (var party : c.otherParties()) {
                pdf.add(new Paragraph(party.sentence(), body));
            }
            pdf.add(new Paragraph("End use: " + c.endUse(), body));
            pdf.add(new Paragraph("Data centre: " + Optional.ofNullable(c.dataCentreName()).orElse("-")
                    + "; attestations: " + c.attestations(), body));

            section(pdf, "Items", heading);
            PdfPTable items = table(new float[] {4, 2, 1.5f, 1.5f, 2}, body, "Item", "TPP per unit", "Density",
                    "Quantity", "Unit value (USD)");
            for (LineItem i : c.items()) {
                cells(items, body, i.getDescription() + (i.getModel() == null ? "" : " [" + i.getModel() + "]"),
                        grouped(i.getTpp()), grouped(i.getPerformanceDensity()),
                        com.tierline.shared.Formats.count(i.getQuantity(), Locale.ENGLISH), grouped(i.getUnitValueUsd()));
            }
            pdf.add(items);

            section(pdf, "Screenings", heading);
            for (ScreeningSnapshot s : c.screenings()) {
                pdf.add(new Paragraph(time(s.screenedAt()) + " under rule set " + s.result().ruleSetVersion() + ": "
                        + s.result().outcome().label() + ", Tier " + s.result().tier() + ", "
                        + grouped(s.result().totalTpp()) + " TPP", body));
                for (Finding f : s.result().findings()) {
                    pdf.add(new Paragraph("   " + EventSentences.words(f.severity().name()) + ": " + f.message()
                            + " (" + f.citation() + ")", body));
                }
            }

            section(pdf, "Decision", heading);
            pdf.add(new Paragraph(c.decision() == null ? (decisions.stream().anyMatch(d -> d.kind().hasLetter())
                    ? "No decision stands now; status " : "No decision yet; status ") + c.status().label() + "."
                    : c.decision().label() + " by " + c.decidedBy() + " on " + time(c.decidedAt()) + ". Reason: "
                            + c.decisionReason() + (c.licenceNumber() == null ? ""
                                    : " Licence " + c.licenceNumber() + " valid until " + c.licenceValidUntil()), body));
            if (c.escalatedBy() != null) {
                pdf.add(new Paragraph("Escalated by " + c.escalatedBy() + ": " + c.escalationReason(), body));
            }
            for (RequestForInformation r : requests) {
                pdf.add(new Paragraph("Question " + time(r.getAskedAt()) + " by " + r.getAskedBy() + ": "
                        + r.getQuestion() + (r.getAnsweredAt() == null ? " (unanswered)"
                                : " / Answer " + time(r.getAnsweredAt()) + " by " + r.getAnsweredBy() + ": "
                                        + r.getAnswer()), body));
            }

            section(pdf, "Decision history", heading);
            if (decisions.isEmpty()) {
                pdf.add(new Paragraph("None.", body));
            }
            for (CaseHistoryEntry d : decisions) {
                pdf.add(new Paragraph(d.sequence() + ". " + time(d.at()) + " by " + d.actor() + ": "
                        + d.sentence(Locale.ENGLISH) + (d.letter() ? " (its letter is kept as issued)" : ""), body));
            }

            section(pdf, "Documents", heading);
            if (filed.isEmpty()) {
                pdf.add(new Paragraph("None.", body));
            }
            for (DocumentInfo d : filed) {
                pdf.add(new Paragraph(d.fileName() + " (" + d.purpose().label() + ", "
                        + com.tierline.shared.Formats.bytes(d.sizeBytes(), Locale.ENGLISH) + ", "
                        + d.uploadedBy() + ", " + time(d.uploadedAt()) + ")", body));
                pdf.add(new Paragraph("SHA-256 " + d.sha256(), small));
            }

            section(pdf, "Timeline", heading);
            PdfPTable lines = table(new float[] {2.2f, 0.8f, 1.4f, 3.6f, 1.2f}, body, "When", "Seq.", "Who", "What",
                    "Took");
            for (TimelineEntry e : entries) {
                cells(lines, body, time(e.at()), e.sequence() == null ? "" : e.sequence().toString(), e.actor(),
                        e.source() == TimelineEntry.Source.PROCESS ? e.what() + " (" + e.details() + ")" : e.what(),
                        e.duration() == null ? (e.open() ? "open" : "")
                                : com.tierline.shared.Formats.duration(e.duration()));
            }
            pdf.add(lines);

            section(pdf, "Audit chain and signed checkpoint", heading);
            for (String line : seal.lines()) {
                pdf.add(new Paragraph(line, small));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The dossier of " + c.reference() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void section(Document pdf, String name, Font heading) {
        Paragraph p = new Paragraph(name, heading);
        p.setSpacingBefore(10);
        pdf.add(p);
    }

    private static PdfPTable table(float[] widths, Font font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : headers) {
            table.addCell(new Paragraph(h, font));
        }
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String v : values) {
            table.addCell(new Paragraph(v == null ? "" : v, font));
        }
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
    static String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** For the dossier's reader: 31,664,000 (the CSV keeps plain numbers for spreadsheets). */
    private static String grouped(BigDecimal value) {
        return value == null ? "" : com.tierline.shared.Formats.number(value, Locale.ENGLISH);
    }

    private static String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

}
