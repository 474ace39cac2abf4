package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewService;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An exporter's own system takes a case from filing through an answer to a request for information to an appeal
 * of the denial, over HTTP alone; only the reviewer's side (asking, denying) goes through the review services.
 */
@ServedIT
class ExporterApiJourneyIT {

    /** Two item lines, one by catalogue model and one by TPP and density, with cents and fractions as filed. */
    static final String DRAFT = """
            { "destinationCountry": "AE", "shipmentDate": "2027-03-01",
              "applicant": {"contactName": "Erin Exporter", "email": "erin@northwind.example", "phone": "+1 555 0100"},
              "consignee": {"name": "Gulf Data Centres LLC", "country": "AE"},
              "endUser": {"name": "National Weather Modelling Centre", "country": "ARE"},
              "purchaser": {"name": "Gulf Procurement LLC", "country": "AE"},
              "intermediateConsignees": [{"name": "Lion City Forwarders", "country": "SG", "role": "freight forwarder"}],
              "endUse": "Training numerical weather prediction models in a certified data centre.",
              "items": [ {"model": "H100", "quantity": 2000, "unitValueUsd": 25000.5},
                         {"tpp": 4800.25, "performanceDensity": 6.5, "quantity": 3, "unitValueUsd": 1234.56,
                          "description": "Custom accelerator board"} ],
              "dataCentre": {"name": "Abu Dhabi DC1", "country": "AE", "securityCertified": true} }
            """;

    static final byte[] PDF = ascii("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService users;
    @Autowired ReviewService review;
    @Autowired InformationRequests informationRequests;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anExportersSystemFilesAnswersReadsTheDenialAndAppealsOverHttpAlone() throws Exception {
        ApiClient api = new ApiClient(port);

        // Filing in two steps, as the form does: the draft, its supporting document, the submission.
        HttpResponse<String> saved = api.postJson("exporter1", "/api/v1/drafts", DRAFT);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        String reference = json.readTree(saved.body()).path("reference").asText();
        assertThat(saved.headers().firstValue("Location")).hasValue("/api/v1/applications/" + reference);
        assertThat(json.readTree(saved.body()).path("statusLabel").asText()).isEqualTo("Draft");

        HttpResponse<String> uploaded = api.postMultipart("exporter1", "/api/v1/applications/" + reference
                + "/documents", ApiClient.form().file("files", "end-user-statement.pdf", PDF));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode document = json.readTree(uploaded.body()).get(0);
        assertThat(document.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(document.path("sizeBytes").asLong()).isEqualTo(PDF.length);

        HttpResponse<String> submitted = api.post("exporter1", "/api/v1/applications/" + reference + "/submission");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(json.readTree(submitted.body()).path("status").asText()).isEqualTo("UNDER_REVIEW");

        // Read back as filed: every party, every item with its exact figures, the data centre, the document.
        JsonNode filed = read(api, reference);
        JsonNode application = filed.path("application");
        assertThat(application.path("consignee").path("name").asText()).isEqualTo("Gulf Data Centres LLC");
        assertThat(application.path("endUser").path("country").asText()).as("alpha-3 filed, ISO alpha-2 kept")
                .isEqualTo("AE");
        assertThat(application.path("purchaser").path("name").asText()).isEqualTo("Gulf Procurement LLC");
        assertThat(application.path("intermediateConsignees").get(0).path("role").asText())
                .isEqualTo("freight forwarder");
        assertThat(application.path("applicant").path("phone").asText()).isEqualTo("+1 555 0100");
        assertThat(application.path("shipmentDate").asText()).isEqualTo("2027-03-01");
        JsonNode items = application.path("items");
        assertThat(items.get(0).path("model").asText()).isEqualTo("H100-SXM5-80GB");
        assertThat(items.get(0).path("quantity").toString()).isEqualTo("2000");
        assertThat(items.get(0).path("unitValueUsd").toString()).isEqualTo("25000.5");
        assertThat(items.get(1).path("tpp").toString()).isEqualTo("4800.25");
        assertThat(items.get(1).path("performanceDensity").toString()).isEqualTo("6.5");
        assertThat(items.get(1).path("unitValueUsd").toString()).isEqualTo("1234.56");
        assertThat(items.get(1).path("description").asText()).isEqualTo("Custom accelerator board");
        assertThat(application.path("dataCentre").path("name").asText()).isEqualTo("Abu Dhabi DC1");
        assertThat(application.path("dataCentre").path("attestations")).hasSize(6);
        assertThat(filed.path("documents").findValuesAsText("fileName")).containsExactly("end-user-statement.pdf");
        assertThat(filed.path("documents").get(0).path("purposeLabel").asText()).isEqualTo("Supporting document");

        HttpResponse<byte[]> download = api.download("exporter1", filed.path("documents").get(0).path("url").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"end-user-statement.pdf\"; filename*=UTF-8''end-user-statement.pdf");

        // The reviewer asks; the exporter's system finds the open question and answers it with a document.
        SignIn.as(users, "reviewer1");
        review.claim(reference);
        informationRequests.ask(reference, "Please send the end user's signed statement of the model's purpose.");
        SignIn.out();
        JsonNode waiting = read(api, reference);
        assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_EXPORTER");
        JsonNode question = waiting.path("requestsForInformation").get(0);
        assertThat(question.path("open").asBoolean()).isTrue();
        HttpResponse<String> answered = api.postMultipart("exporter1", question.path("answerUrl").asText(),
                ApiClient.form().field("answer", "The signed statement is attached; the models forecast weather.")
                        .file("files", "statement-scan.png", PNG));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        JsonNode afterAnswer = json.readTree(answered.body());
        assertThat(afterAnswer.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(afterAnswer.path("requestsForInformation").get(0).path("answer").asText())
                .startsWith("The signed statement is attached");
        assertThat(afterAnswer.path("requestsForInformation").get(0).has("answerUrl")).isFalse();
        assertThat(afterAnswer.path("documents").findValuesAsText("purpose"))
                .containsExactly("APPLICATION", "RFI_RESPONSE");

        // The reviewer who asked has the case back and denies it; the system reads the decision and its letter.
        SignIn.as(users, "reviewer1");
        review.deny(reference, DenialReason.OTHER, "The end user's statement does not match the declared end use.");
        SignIn.out();
        JsonNode denied = read(api, reference);
        assertThat(denied.path("status").asText()).isEqualTo("DENIED");
        assertThat(denied.path("decision").path("decision").asText()).isEqualTo("DENY");
        assertThat(denied.path("decision").path("decisionLabel").asText()).isEqualTo("Denied");
        JsonNode decisionRow = denied.path("decisions").get(denied.path("decisions").size() - 1);
        assertThat(decisionRow.path("kindLabel").asText()).isNotBlank().isNotEqualTo(decisionRow.path("kind").asText());
        HttpResponse<byte[]> letter = api.download("exporter1", decisionRow.path("letterUrl").asText());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(letter.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(denied.toString()).as("nothing internal: no reviewer's name").doesNotContain("reviewer1")
                .doesNotContain("Ravi Reviewer");

        // The appeal, with evidence; it is then found among the organisation's appeals.
        HttpResponse<String> appealed = api.postMultipart("exporter1", "/api/v1/applications/" + reference
                + "/appeals", ApiClient.form().field("grounds", "The statement matches the end use; the reviewer "
                        + "misread the model names in it.").file("files", "corrected-statement.pdf", PDF));
        assertThat(appealed.statusCode()).as(appealed.body()).isEqualTo(201);
        JsonNode appeal = json.readTree(appealed.body());
        assertThat(appeal.path("reference").asText()).startsWith("APL-");
        assertThat(appealed.headers().firstValue("Location")).hasValue("/api/v1/appeals/"
                + appeal.path("reference").asText());
        assertThat(appeal.path("caseReference").asText()).isEqualTo(reference);
        assertThat(appeal.path("kind").asText()).isEqualTo("DENIAL");
        assertThat(appeal.path("statusLabel").asText()).isEqualTo("Under review");
        assertThat(appeal.path("evidence").findValuesAsText("fileName")).containsExactly("corrected-statement.pdf");
        assertThat(json.readTree(api.get("exporter1", "/api/v1/appeals").body()).findValuesAsText("reference"))
                .contains(appeal.path("reference").asText());
        assertThat(api.get("exporter3", "/api/v1/appeals/" + appeal.path("reference").asText()).statusCode())
                .as("another organisation's appeal").isEqualTo(404);
        assertThat(read(api, reference).path("documents").findValuesAsText("purpose"))
                .containsExactly("APPLICATION", "RFI_RESPONSE", "APPEAL_EVIDENCE");
    }

    private JsonNode read(ApiClient api, String reference) throws Exception {
        HttpResponse<String> response = api.get("exporter1", "/api/v1/applications/" + reference);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
