package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.support.Cases;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The exporter's actions refused over HTTP, each with a problem document in words and nothing half-saved: another
 * organisation's case is not found, a file is judged by its content and size, a stale step is a conflict.
 */
@ServedIT
class ExporterApiRefusalsIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ApplicationContext context;

    ApiClient api;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(port);
        }
        return api;
    }

    private String draft() throws Exception {
        // Without a contact, as a system that leaves it to Tierline sends it: submitting names the exporter.
        String withoutContact = ExporterApiJourneyIT.DRAFT.replaceAll("\"applicant\": \\{[^}]*},", "");
        assertThat(withoutContact).doesNotContain("applicant");
        HttpResponse<String> saved = api().postJson("exporter1", "/api/v1/drafts", withoutContact);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return json.readTree(saved.body()).path("reference").asText();
    }

    @Test
    void anotherOrganisationsCaseIsNotFoundForAnyAction() throws Exception {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1",
                "Which data centre hall will house the servers?");
        SignIn.out();
        String base = "/api/v1/applications/" + reference;
        long questionId = json.readTree(api().get("exporter1", base).body()).path("requestsForInformation").get(0)
                .path("id").asLong();
        long documentId = json.readTree(api().postMultipart("exporter1", "/api/v1/applications/" + draft()
                + "/documents", ApiClient.form().file("files", "a.pdf", ExporterApiJourneyIT.PDF)).body()).get(0)
                .path("id").asLong();

        assertThat(api().get("exporter3", base).statusCode()).isEqualTo(404);
        assertThat(api().get("exporter3", base + "/documents").statusCode()).isEqualTo(404);
        assertThat(api().get("exporter3", base + "/information-requests").statusCode()).isEqualTo(404);
        assertThat(api().download("exporter3", base + "/documents/" + documentId).statusCode()).isEqualTo(404);
        assertThat(api().get("exporter1", base + "/documents/" + documentId).statusCode())
                .as("a document of another case of one's own, reached through the wrong case").isEqualTo(404);
        HttpResponse<String> answer = api().postMultipart("exporter3", base + "/information-requests/" + questionId
                + "/answer", ApiClient.form().field("answer", "We would like to answer someone else's question."));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(problem(answer).path("detail").asText()).contains(reference);
        assertThat(api().postJson("exporter3", base + "/withdrawal", "{\"reason\": \"Not our case at all, really.\"}")
                .statusCode()).isEqualTo(404);
        assertThat(api().postMultipart("exporter3", base + "/appeals", ApiClient.form().field("grounds",
                "These are grounds for someone else's case.")).statusCode()).isEqualTo(404);
        assertThat(json.readTree(api().get("exporter1", base).body()).path("status").asText())
                .as("nothing of it changed the case").isEqualTo("AWAITING_EXPORTER");
    }

    @Test
    void aFileIsJudgedByItsContentAndSizeAndARefusalStoresNothing() throws Exception {
        String reference = draft();
        String documents = "/api/v1/applications/" + reference + "/documents";
        byte[] executable = ExporterApiJourneyIT.ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be "
                + "run in DOS mode.");

        HttpResponse<String> renamed = api().postMultipart("exporter1", documents, ApiClient.form()
                .file("files", "good.pdf", ExporterApiJourneyIT.PDF).file("files", "invoice.pdf", executable));
        assertThat(renamed.statusCode()).isEqualTo(415);
        JsonNode problem = problem(renamed);
        assertThat(problem.path("detail").asText()).startsWith("invoice.pdf is not a PDF");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("files");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("document.unsupported-type");

        byte[] tooLarge = Arrays.copyOf(ExporterApiJourneyIT.PDF, 10 * 1024 * 1024 + 1);
        HttpResponse<String> large = api().postMultipart("exporter1", documents, ApiClient.form()
                .file("files", "scan.pdf", tooLarge));
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(problem(large).path("detail").asText()).isEqualTo("scan.pdf is larger than the limit of 10 MB.");

        HttpResponse<String> empty = api().postMultipart("exporter1", documents, ApiClient.form()
                .file("files", "blank.pdf", new byte[0]));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(problem(empty).path("detail").asText()).isEqualTo("blank.pdf is empty.");

        HttpResponse<String> unknownPart = api().postMultipart("exporter1", documents, ApiClient.form()
                .file("files", "ok.pdf", ExporterApiJourneyIT.PDF).field("purpose", "invoice"));
        assertThat(unknownPart.statusCode()).as("a part that would be ignored is refused").isEqualTo(400);
        assertThat(problem(unknownPart).path("errors").get(0).path("field").asText()).isEqualTo("purpose");

        assertThat(json.readTree(api().get("exporter1", documents).body())).as("no refusal stored anything")
                .isEmpty();

        // Bigger than a JSON body may be, within the document limit: accepted, byte for byte.
        byte[] twoMegabytes = Arrays.copyOf(ExporterApiJourneyIT.PDF, 2 * 1024 * 1024);
        HttpResponse<String> accepted = api().postMultipart("exporter1", documents, ApiClient.form()
                .file("files", "Prüfbericht.pdf", twoMegabytes));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        HttpResponse<byte[]> download = api().download("exporter1", json.readTree(accepted.body()).get(0)
                .path("url").asText());
        assertThat(download.body()).isEqualTo(twoMegabytes);
        assertThat(download.headers().firstValue("Content-Disposition")).as("the name in UTF-8, and a plain fallback")
                .hasValue("attachment; filename=\"Pr_fbericht.pdf\"; filename*=UTF-8''Pr%C3%BCfbericht.pdf");

        HttpResponse<String> submitted = api().post("exporter1", "/api/v1/applications/" + reference + "/submission");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json.readTree(submitted.body()).path("application").path("applicant").path("contactName")
                .asText()).isNotBlank();
        HttpResponse<String> afterFiling = api().postMultipart("exporter1", documents, ApiClient.form()
                .file("files", "late.pdf", ExporterApiJourneyIT.PDF));
        assertThat(afterFiling.statusCode()).isEqualTo(409);
        assertThat(problem(afterFiling).path("detail").asText()).contains("request for information");
    }

    @Test
    void aWithdrawalNeedsAReasonHappensOnceAndKeepsTheReason() throws Exception {
        String reference = Cases.in(context).filed("exporter1", "AE");
        SignIn.out();
        String withdrawal = "/api/v1/applications/" + reference + "/withdrawal";

        HttpResponse<String> none = api().postJson("exporter1", withdrawal, "{}");
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(problem(none).path("errors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(problem(none).path("title").asText()).isEqualTo("Invalid withdrawal");
        assertThat(problem(none).path("detail").asText()).isEqualTo("Give the reason for withdrawing in 10 to 120 "
                + "characters.");
        assertThat(api().postJson("exporter1", withdrawal, "{\"reason\": \"" + "x".repeat(121) + "\"}").statusCode())
                .isEqualTo(422);
        assertThat(api().postJson("exporter1", withdrawal, "{\"reson\": \"The order was cancelled.\"}").statusCode())
                .as("a misspelt field is not silently dropped").isEqualTo(400);
        assertThat(json.readTree(api().get("exporter1", "/api/v1/applications/" + reference).body()).path("status")
                .asText()).isEqualTo("UNDER_REVIEW");

        HttpResponse<String> withdrawn = api().postJson("exporter1", withdrawal,
                "{\"reason\": \"The end user cancelled the order.\"}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json.readTree(withdrawn.body()).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(json.readTree(withdrawn.body()).path("withdrawnReason").asText())
                .isEqualTo("Withdrawn by exporter1: The end user cancelled the order.");

        HttpResponse<String> again = api().postJson("exporter1", withdrawal,
                "{\"reason\": \"The end user cancelled the order.\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problem(again).path("detail").asText()).isEqualTo(reference
                + " is withdrawn and can no longer be withdrawn.");
    }

    @Test
    void anAnsweredQuestionAndAnUndeniedCaseAreConflictsAndBadTextIsNamedAtItsField() throws Exception {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1",
                "Which data centre hall will house the servers?");
        SignIn.out();
        String base = "/api/v1/applications/" + reference;
        long questionId = json.readTree(api().get("exporter1", base + "/information-requests").body()).get(0)
                .path("id").asLong();
        String answerUrl = base + "/information-requests/" + questionId + "/answer";

        HttpResponse<String> tooShort = api().postMultipart("exporter1", answerUrl, ApiClient.form()
                .field("answer", "Hall 3"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(problem(tooShort).path("errors").get(0).path("field").asText()).isEqualTo("answer");
        assertThat(problem(tooShort).path("title").asText()).isEqualTo("Invalid answer");
        assertThat(api().postMultipart("exporter1", base + "/information-requests/999999/answer", ApiClient.form()
                .field("answer", "Hall 3, the secured wing.")).statusCode()).isEqualTo(404);

        assertThat(api().postMultipart("exporter1", answerUrl, ApiClient.form()
                .field("answer", "Hall 3, the secured wing.")).statusCode()).isEqualTo(200);
        HttpResponse<String> twice = api().postMultipart("exporter1", answerUrl, ApiClient.form()
                .field("answer", "Hall 3, the secured wing."));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(problem(twice).path("detail").asText()).contains("already been answered");

        HttpResponse<String> notDenied = api().postMultipart("exporter1", base + "/appeals", ApiClient.form()
                .field("grounds", "We appeal although nothing was decided yet."));
        assertThat(notDenied.statusCode()).isEqualTo(409);
        assertThat(problem(notDenied).path("detail").asText()).startsWith("Only a denied application can be appealed");
    }

    @Test
    void aTierPetitionIsFiledForATier2DestinationAndRefusedWithoutOne() throws Exception {
        HttpResponse<String> filed = api().postMultipart("exporter1", "/api/v1/tier-petitions", ApiClient.form()
                .field("destination", "AE").field("grounds", "Security standards equal to Tier 1 and a bilateral "
                        + "agreement on diversion.").file("files", "agreement.pdf", ExporterApiJourneyIT.PDF));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode petition = json.readTree(filed.body());
        assertThat(petition.path("kind").asText()).isEqualTo("TIER_UPGRADE");
        assertThat(petition.path("kindLabel").asText()).isEqualTo("Tier-upgrade petition");
        assertThat(petition.path("destination").asText()).isEqualTo("AE");
        assertThat(petition.path("evidence").findValuesAsText("fileName")).containsExactly("agreement.pdf");

        HttpResponse<String> none = api().postMultipart("exporter1", "/api/v1/tier-petitions", ApiClient.form()
                .field("grounds", "Security standards equal to Tier 1 and a bilateral agreement."));
        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(problem(none).path("errors").get(0).path("field").asText()).isEqualTo("destination");
        assertThat(problem(none).path("title").asText()).isEqualTo("Invalid appeal");

        HttpResponse<String> tier1 = api().postMultipart("exporter1", "/api/v1/tier-petitions", ApiClient.form()
                .field("destination", "DE").field("grounds", "Security standards equal to Tier 1 and more."));
        assertThat(tier1.statusCode()).isEqualTo(409);
        assertThat(problem(tier1).path("detail").asText()).isEqualTo("Germany is already a Tier 1 destination.");

        assertThat(api().postMultipart("reviewer1", "/api/v1/tier-petitions", ApiClient.form()
                .field("destination", "AE").field("grounds", "A reviewer has no business filing this.")).statusCode())
                .isEqualTo(403);
    }

    private JsonNode problem(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValue("application/problem+json");
        return json.readTree(response.body());
    }
}
