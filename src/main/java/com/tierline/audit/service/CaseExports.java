package com.tierline.audit.service;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.history.service.CaseHistoryLog;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.document.service.DocumentStore;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.UserDirectory;
import com.tierline.letters.service.DossierRenderer;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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
    private final DossierRenderer dossiers;
    private final Clock clock;
    private final UserDirectory users;

    CaseExports(CaseSearches searches, ApplicationService applications, InformationRequests informationRequests,
            DocumentStore documents, CaseTimeline timeline, CaseHistoryLog history, Checkpoints checkpoints,
            CurrentUser currentUser, ApplicationEventPublisher events, DossierRenderer dossiers, Clock clock,
            UserDirectory users) {
        this.users = users;
        this.history = history;
        this.dossiers = dossiers;
        this.clock = clock;
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
        byte[] pdf = dossiers.render(DossierContents.of(found.get(), history.of(reference),
                informationRequests.requestsFor(reference), documents.forCase(reference), timeline.of(reference), seal,
                currentUser.actorName(), clock.instant(), users.names()));
        events.publishEvent(new AuditableAction(currentUser.actorName(), "export.dossier", reference,
                Map.of("format", "pdf", "bytes", pdf.length, "chainValid", seal.chain().valid(), "checkpoint",
                        seal.checkpoint() == null ? "" : seal.checkpoint().line())));
        return Optional.of(pdf);
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

    private static String time(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }

}
