package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.audit.service.CaseDiagrams;
import com.tierline.audit.service.CaseExports;
import com.tierline.audit.service.CaseSearch;
import com.tierline.audit.service.CaseSearches;
import com.tierline.audit.service.CaseTimeline;
import com.tierline.audit.service.TimelineEntry;
import com.tierline.document.service.DocumentUpload;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.Outsider;
import com.tierline.support.PdfText;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What an auditor takes away and reads: CSV of a search, the PDF dossier, the merged timeline, the diagram. */
@TierlineIT
class AuditorExportsIT {

    @Autowired ReviewService review;
    @Autowired CaseSearches searches;
    @Autowired CaseExports exports;
    @Autowired CaseTimeline timeline;
    @Autowired CaseDiagrams diagrams;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theCsvHoldsExactlyTheSearchResultAndTheExportIsAudited() throws Exception {
        String first = submitted("SA");
        String second = submitted("SA");
        SignIn.as(users, "auditor1");
        CaseSearch search = new CaseSearch(null, "northwind", "SA", Set.of(ApplicationStatus.UNDER_REVIEW), null,
                null, null, null);
        long listed = searches.page(search, PageRequest.of(0, 1)).getTotalElements();
        Long direct = jdbc.queryForObject("select count(*) from licence_application a join organisation o on "
                + "o.id = a.organisation_id where a.destination_country = 'SA' and a.status = 'UNDER_REVIEW' "
                + "and upper(o.name) like '%NORTHWIND%'", Long.class);
        assertThat(listed).isEqualTo(direct).isGreaterThanOrEqualTo(2);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = exports.csv(search, out);
        String text = out.toString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').get().parse(new StringReader(text)).getRecords();
        assertThat(rows).isEqualTo(listed);
        assertThat(records).hasSize((int) listed);
        assertThat(records).extracting(r -> r.get("reference")).contains(first, second);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.get("destination")).isEqualTo("SA");
            assertThat(r.get("organisation")).isEqualTo("Northwind Compute");
            assertThat(r.get("total_tpp")).isEqualTo("31664000");
            assertThat(r.get("status")).isEqualTo("Under review");
            assertThat(r.get("outcome")).isEqualTo("Licence required");
        });
        LastEvent exported = lastEvent();
        assertThat(exported.action()).isEqualTo("export.csv");
        assertThat(exported.actor()).isEqualTo("auditor1");
        assertThat(exported.payload()).contains("\"rows\":" + rows);

        // After the rows, comment lines carry a checkpoint that the file's keeper checks with the public key alone.
        assertThat(text).contains("\n# Audit chain at export: intact. ");
        String checkpoint = after(text, "# Signed checkpoint (sequence, hash, signed at, key id, signature): ");
        String keyId = checkpoint.split(" ")[3];
        String publicKey = after(text, "# Public key " + keyId + " (Ed25519, X.509, Base64): ");
        assertThat(Outsider.verifies(checkpoint, publicKey)).isTrue();
        assertThat(exported.payload()).contains(checkpoint);
    }

    private static String after(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + prefix + " in " + text));
    }

    @Test
    void theDossierCarriesPartiesScreeningsDecisionDocumentsTimelineAndTheChainCheck() throws Exception {
        String reference = submitted("AE");
        SignIn.as(users, "reviewer1");
        review.claim(reference);
        review.approve(reference, "End user verified for the dossier test.");

        SignIn.as(users, "auditor1");
        String text = text(exports.dossier(reference).orElseThrow());
        assertThat(text).contains("Tierline case dossier " + reference)
                .contains("Audit chain at export: intact")
                .contains("Destination: United Arab Emirates (AE)").contains("31,664,000 TPP")
                .doesNotContain("LICENCE_REQUIRED").doesNotContain("[INFO]")
                .contains("Audit chain and signed checkpoint")
                .contains("Signed checkpoint (sequence, hash, signed at, key id, signature)")
                .contains("Gulf Data Centres LLC")
                .contains("90 FR 4544")
                .contains("End user verified for the dossier test.")
                .contains("contract.pdf")
                .contains("SHA-256 ")
                .contains("Approved: End user")
                .contains("Claimed by Ana Reviewer (reviewer1)")
                // Its own fields name people as the screens do, not by user name alone.
                .contains("(filed by Erin Exporter (exporter1))")
                .contains("Approved by Ana Reviewer (reviewer1) on ")
                .containsPattern("Exported .* by Alex Auditor \\(auditor1\\)")
                .doesNotContain(" by reviewer1").doesNotContain("by exporter1")
                .containsPattern("Tierline\\s+\\(automatic\\)").doesNotContain(" by system")
                .contains("Review (waiting for a person)")
                .doesNotContain("review.decided").doesNotContain("step: ")
                // Words, not the record's codes: no Java list of attestations, the licence's last day in words.
                .contains("attestations: none").doesNotContain("attestations: []")
                .containsPattern("valid until \\d{1,2}\\s+[A-Z][a-z]+\\s+\\d{4}\\.")
                .doesNotContainPattern("valid until \\d{4}-");
        assertThat(lastEvent().action()).isEqualTo("export.dossier");
        assertThat(lastEvent().caseReference()).isEqualTo(reference);

        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> exports.dossier(reference)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exports.csv(CaseSearch.ALL, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDossierPrintsThePartiesAsFiledInTheirScripts() {
        String reference = Cases.in(context).filed("exporter1", Drafts.h100sNamedInOtherScripts("AE"));

        SignIn.as(users, "auditor1");
        byte[] dossier = exports.dossier(reference).orElseThrow();
        assertThat(PdfText.of(dossier)).contains("Consignee: " + Drafts.CHINESE_NAME)
                .contains("End use: " + Drafts.END_USE_IN_OTHER_SCRIPTS).doesNotContain("[U+");
        assertThat(PdfText.readRightToLeft(dossier)).contains(Drafts.ARABIC_NAME);
        assertThat(PdfText.actualTexts(dossier)).contains(Drafts.ARABIC_NAME);
    }

    @Test
    void theTimelineMergesAuditEventsAndProcessStepsWithDurationsAndTheDiagramMarksTheCurrentStep()
            throws Exception {
        String reference = submitted("AE");
        SignIn.as(users, "auditor1");
        List<TimelineEntry> entries = timeline.of(reference);
        assertThat(entries).extracting(TimelineEntry::source).contains(TimelineEntry.Source.AUDIT,
                TimelineEntry.Source.PROCESS);
        assertThat(entries).isSortedAccordingTo(java.util.Comparator.comparing(TimelineEntry::at));
        TimelineEntry preScreen = entries.stream().filter(e -> e.what().equals("Pre-screen")).findFirst()
                .orElseThrow();
        assertThat(preScreen.duration()).isNotNull();
        assertThat(preScreen.actor()).as("the engine's own step, in words").isEqualTo("Tierline (automatic)");
        assertThat(entries).extracting(TimelineEntry::actor).doesNotContain("system", "process");
        TimelineEntry waiting = entries.stream().filter(e -> e.what().equals("Review")).findFirst()
                .orElseThrow();
        assertThat(waiting.open()).as("the case waits in review").isTrue();

        CaseDiagrams.Diagram diagram = diagrams.runsOf(reference).get(0);
        assertThat(diagram.currentSteps()).containsExactly("Review");
        assertThat(diagram.stepsTaken()).isGreaterThanOrEqualTo(3);
        var image = ImageIO.read(new ByteArrayInputStream(diagram.png()));
        assertThat(image.getWidth()).isGreaterThan(300);
        assertThat(image.getHeight()).isGreaterThan(100);
    }

    private String submitted(String destination) {
        return Cases.in(context).filed("exporter1", Drafts.h100s(destination), List.of(new DocumentUpload(
                "contract.pdf", "%PDF-1.4 contract".getBytes(StandardCharsets.US_ASCII))));
    }

    /** The newest link of the chain, read with plain SQL. */
    private LastEvent lastEvent() {
        return jdbc.queryForObject("select actor, action, case_reference, payload from audit_event "
                + "where sequence = (select max(sequence) from audit_event)",
                (rs, n) -> new LastEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    record LastEvent(String actor, String action, String caseReference, String payload) {
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }
}
