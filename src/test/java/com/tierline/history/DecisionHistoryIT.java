package com.tierline.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.rfi.service.InformationRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.history.domain.DecisionKind;
import com.tierline.history.service.CaseHistoryEntry;
import com.tierline.history.service.CaseHistoryLog;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.service.ExporterRequests;
import com.tierline.audit.service.CaseExports;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The record is never rewritten: a denial, its upheld appeal, the reopening and the new approval all stay in the
 * case's decision history, in order, each decision with its own letter — for the exporter, the API and the dossier.
 */
@ServedIT
class DecisionHistoryIT {

    static final String DENIAL = "The end user could not be verified for this shipment.";
    static final String UPHOLD = "The certificates now filed verify the end user beyond doubt.";
    static final String APPROVAL = "End user verified after the appeal; within the allocation.";

    @Autowired ApplicationContext context;
    @Autowired ReviewService review;
    @Autowired AppealService appeals;
    @Autowired CaseHistoryLog history;
    @Autowired ExporterRequests exporterRequests;
    @Autowired InformationRequests rfi;
    @Autowired DecisionLetters letters;
    @Autowired CaseExports exports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aDenialAppealedUpheldReopenedAndApprovedKeepsBothDecisionsAndBothLetters() throws Exception {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "AE", "reviewer1", DENIAL);
        String appeal = cases.appealed("exporter1", reference,
                "The end user is a civil weather institute; see the enclosed certificates.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, UPHOLD);
        SignIn.as(users, "reviewer2");
        review.claim(reference);
        review.approve(reference, APPROVAL);

        SignIn.as(users, "exporter1");
        List<CaseHistoryEntry> rows = history.of(reference);
        assertThat(rows).extracting(CaseHistoryEntry::kind).containsExactly(DecisionKind.DENIED,
                DecisionKind.APPEAL_LODGED, DecisionKind.APPEAL_UPHELD, DecisionKind.REOPENED, DecisionKind.APPROVED);
        assertThat(rows).extracting(CaseHistoryEntry::sequence).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(0).reason()).endsWith(DENIAL);
        assertThat(rows.get(0).actor()).as("an exporter deals with the office").isEqualTo("Licensing officer");
        assertThat(rows.get(1).actor()).isEqualTo("exporter1");
        assertThat(rows.get(2).appealReference()).isEqualTo(appeal);
        assertThat(rows.get(4).licenceNumber()).startsWith("TLL-");

        String denialLetter = text(letters.letter(reference, 1).orElseThrow());
        assertThat(denialLetter).contains("The application is denied").contains(DENIAL).contains("within 45 days")
                .doesNotContain("is approved").doesNotContain(rows.get(4).licenceNumber());
        String approvalLetter = text(letters.letter(reference, 5).orElseThrow());
        assertThat(approvalLetter).contains("The application is approved").contains(APPROVAL).contains(rows.get(4).licenceNumber())
                .doesNotContain(DENIAL);
        assertThat(letters.letter(reference, 3)).as("an appeal outcome carries no letter").isEmpty();
        SignIn.as(users, "exporter3");
        assertThat(history.of(reference)).as("another organisation sees nothing").isEmpty();
        assertThat(letters.letter(reference, 1)).isEmpty();

        JsonNode decisions = json.readTree(get("exporter1", "/api/v1/applications/" + reference).body())
                .path("decisions");
        assertThat(decisions.findValuesAsText("kind")).containsExactly("DENIED", "APPEAL_LODGED", "APPEAL_UPHELD",
                "REOPENED", "APPROVED");
        assertThat(decisions.findValuesAsText("kindLabel")).containsExactly("Denied", "Appeal lodged",
                "Appeal upheld", "Reopened for a fresh screening and review", "Approved");
        assertThat(decisions.get(4).path("licenceNumber").asText()).isEqualTo(rows.get(4).licenceNumber());
        assertThat(decisions.get(0).path("at").asText()).isNotBlank();
        String denialUrl = decisions.get(0).path("letterUrl").asText();
        assertThat(denialUrl).isEqualTo("/api/v1/applications/" + reference + "/decisions/1/letter");
        assertThat(decisions.get(2).has("letterUrl")).isFalse();
        HttpResponse<byte[]> pdf = http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + denialUrl))
                .header("Authorization", basic("exporter1")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains("The application is denied").contains(DENIAL);
        assertThat(get("exporter1", "/api/v1/applications/" + reference + "/decisions/3/letter").statusCode())
                .as("a row without a letter is a 404 problem, not a 500").isEqualTo(404);

        SignIn.as(users, "auditor1");
        assertThat(history.of(reference).get(0).actor()).as("auditors see the official").isEqualTo("reviewer1");
        String dossier = text(exports.dossier(reference).orElseThrow());
        assertThat(dossier).contains("Decision history").contains(DENIAL).contains("Appeal upheld (" + appeal + ")")
                .contains("Reopened for a fresh screening and review").contains(APPROVAL)
                .doesNotContain("No decision yet");
    }

    @Test
    void questionsAnswersEscalationSeniorDecisionWithdrawalAndDismissalAreRowsToo() throws Exception {
        Cases cases = Cases.in(context);
        String reference = cases.claimed("exporter1", "AE", "reviewer1");
        rfi.ask(reference, "Who operates the data centre named in the file?");
        SignIn.as(users, "exporter1");
        rfi.answer(reference, "Abu Dhabi DC1 is operated by Gulf Data Centres LLC itself.", List.of());
        SignIn.as(users, "reviewer1");
        review.claim(reference);
        review.escalate(reference, "Large volume for a first-time consignee; a senior view is needed.");
        SignIn.as(users, "senior1");
        review.claim(reference);
        review.approve(reference, "Operator confirmed; volume within the allocation.");
        assertThat(history.of(reference)).extracting(CaseHistoryEntry::kind).containsExactly(
                DecisionKind.INFORMATION_REQUESTED, DecisionKind.INFORMATION_PROVIDED, DecisionKind.ESCALATED,
                DecisionKind.SENIOR_APPROVED);
        SignIn.as(users, "exporter1");
        assertThat(history.of(reference)).as("the escalation is the reviewers' own step")
                .extracting(CaseHistoryEntry::kind).doesNotContain(DecisionKind.ESCALATED);
        assertThat(letters.letter(reference, 4)).isPresent();

        String withdrawn = cases.filed("exporter1", "AE");
        exporterRequests.withdraw(withdrawn);
        assertThat(history.of(withdrawn)).extracting(e -> e.kind() + " " + e.actor() + " " + e.reason())
                .containsExactly("WITHDRAWN exporter1 Withdrawn by exporter1");

        String denied = cases.denied("exporter1", "CN", "reviewer1", DENIAL);
        String appeal = cases.appealed("exporter1", denied, "We dispute the end-use assessment made in the denial.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.DISMISS, "The denial was right; nothing new in the grounds.");
        assertThat(history.of(denied)).extracting(CaseHistoryEntry::kind).containsExactly(DecisionKind.DENIED,
                DecisionKind.APPEAL_LODGED, DecisionKind.APPEAL_DISMISSED);
        assertThat(text(letters.letter(denied).orElseThrow())).as("a dismissed appeal leaves the denial standing")
                .contains("The application is denied").contains(DENIAL);
    }

    @Test
    void anUpheldAppealKeepsTheLetterOfADecisionBackFilledWithoutOne() throws Exception {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "AE", "reviewer1", DENIAL);
        // The row V17 writes for a decision taken before letters were kept: the case's standing denial, no letter.
        jdbc.update("insert into case_decision (application_id, sequence, kind, actor, occurred_at, reason) "
                + "select a.id, 2, 'DENIED', a.decided_by, a.decided_at, a.decision_reason "
                + "from licence_application a where a.reference = ?", reference);
        String appeal = cases.appealed("exporter1", reference,
                "The end user is a civil weather institute; see the enclosed certificates.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, UPHOLD);

        SignIn.as(users, "exporter1");
        assertThat(history.of(reference)).extracting(CaseHistoryEntry::kind).containsExactly(DecisionKind.DENIED,
                DecisionKind.DENIED, DecisionKind.APPEAL_LODGED, DecisionKind.APPEAL_UPHELD, DecisionKind.REOPENED);
        Optional<byte[]> backFilled = letters.letter(reference, 2);
        assertThat(backFilled).as("kept before the reopening cleared the case's decision").isPresent();
        assertThat(text(backFilled.get())).contains("The application is denied").contains(DENIAL);
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteAHistoryRowOrALetter() {
        String reference = Cases.in(context).denied("exporter2", "AE", "reviewer1", DENIAL);
        Long id = jdbc.queryForObject("select d.id from case_decision d join licence_application a on a.id = "
                + "d.application_id where a.reference = ?", Long.class, reference);
        assertThatThrownBy(() -> jdbc.update("update case_decision set reason = 'rewritten' where id = ?", id))
                .hasStackTraceContaining("case_decision is append-only: UPDATE refused");
        assertThatThrownBy(() -> jdbc.update("delete from case_decision_letter where decision_id = ?", id))
                .hasStackTraceContaining("case_decision_letter is append-only: DELETE refused");
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> http(HttpRequest request, HttpResponse.BodyHandler<T> body) throws Exception {
        return HttpClient.newHttpClient().send(request, body);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tierline-demo")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString().replaceAll("\\s+", " ");
    }
}
