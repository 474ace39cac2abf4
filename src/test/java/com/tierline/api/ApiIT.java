package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.support.Cases;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The public API over real HTTP: every endpoint, every class of bad input (each a 4xx problem document, never a
 * 500), and the organisation rule (another organisation's reference is a 404, like an unknown one).
 */
@ServedIT
class ApiIT {

    static final String VALID = """
            { "destinationCountry": "AE",
              "applicant": {"contactName": "Erin Exporter", "email": "erin@northwind.example"},
              "consignee": {"name": "Gulf Data Centres LLC", "country": "AE"},
              "endUser": {"name": "National Weather Modelling Centre", "country": "AE"},
              "endUse": "Training numerical weather prediction models in a certified data centre.",
              "items": [ {"model": "H100-SXM5-80GB", "quantity": 2000, "unitValueUsd": 25000} ],
              "dataCentre": {"name": "Abu Dhabi DC1", "country": "AE", "securityCertified": true} }
            """;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired LicenceApplicationRepository applications;
    @Autowired ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void screeningExplainsTheOutcomeAndSavesNothing() throws Exception {
        long before = applications.count();
        HttpResponse<String> response = post("exporter1", "/api/v1/screenings", VALID);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("outcome").asText()).isEqualTo("LICENCE_REQUIRED");
        assertThat(body.path("tier").asInt()).isEqualTo(2);
        assertThat(body.path("totalTpp").decimalValue()).isEqualByComparingTo("31664000");
        assertThat(body.path("h100Equivalents").decimalValue()).isEqualByComparingTo("2000");
        assertThat(body.path("ruleSetVersion").asText()).isNotBlank();
        assertThat(body.path("findings").isArray()).isTrue();
        assertThat(body.path("findings").findValuesAsText("code")).isNotEmpty().allSatisfy(
                code -> assertThat(code).isNotBlank());
        assertThat(body.path("findings").findValuesAsText("citation")).anySatisfy(
                citation -> assertThat(citation).contains("90 FR 4544"));
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void filingAnswers201WithTheReferenceAndTheCaseCanBeReadBack() throws Exception {
        HttpResponse<String> created = post("exporter1", "/api/v1/applications", VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String reference = body.path("reference").asText();
        assertThat(reference).matches("TL-\\d{4}-\\d{6}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/applications/" + reference);
        assertThat(body.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(body.path("screening").path("outcome").asText()).isEqualTo("LICENCE_REQUIRED");
        assertThat(body.path("expectedDecisionBy").asText()).isNotBlank();
        assertThat(body.path("screening").path("totalTpp").toString()).as("an amount, written plainly")
                .isEqualTo("31664000");

        HttpResponse<String> own = get("exporter1", "/api/v1/applications/" + reference);
        assertThat(json.readTree(own.body())).as("the filing's answer is what reading the case gives afterwards")
                .isEqualTo(body);

        HttpResponse<String> read = get("exporter2", "/api/v1/applications/" + reference);
        assertThat(read.statusCode()).as("a colleague in the same organisation").isEqualTo(200);
        assertThat(json.readTree(read.body()).path("organisation").asText()).isEqualTo("Northwind Compute");

        HttpResponse<String> list = get("exporter1", "/api/v1/applications?size=5&status=UNDER_REVIEW");
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(list.body());
        assertThat(page.path("size").asInt()).isEqualTo(5);
        assertThat(page.path("content").findValuesAsText("reference")).contains(reference);
        assertThat(page.path("content").findValuesAsText("status")).containsOnly("UNDER_REVIEW");
    }

    @Test
    void anEscalatedCaseReadsToItsExporterWithoutTheReviewersNameOrJustification() throws Exception {
        String justification = "Consignee ownership unclear; a senior should look at the parent.";
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer2", justification);
        SignIn.out();

        HttpResponse<String> read = get("exporter1", "/api/v1/applications/" + reference);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains(reference).doesNotContain("reviewer2").doesNotContain("Ravi Reviewer")
                .doesNotContain(justification).doesNotContain("Escalated to senior review");
    }

    @Test
    void anotherOrganisationsReferenceLooksExactlyLikeAnUnknownOne() throws Exception {
        String reference = json.readTree(post("exporter1", "/api/v1/applications", VALID).body())
                .path("reference").asText();
        HttpResponse<String> foreign = get("exporter3", "/api/v1/applications/" + reference);
        HttpResponse<String> unknown = get("exporter3", "/api/v1/applications/TL-1999-999999");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problem(foreign).path("title").asText()).isEqualTo(problem(unknown).path("title").asText());
        assertThat(get("exporter3", "/api/v1/applications").body()).doesNotContain(reference);
    }

    @Test
    void anInvalidApplicationListsEveryFieldAndLeavesNoDraftBehind() throws Exception {
        long before = applications.count();
        HttpResponse<String> response = post("exporter1", "/api/v1/applications", """
                { "destinationCountry": "XX",
                  "consignee": {"name": "", "country": "AE"},
                  "endUser": {"name": "Centre", "country": "AE"},
                  "endUse": "short",
                  "items": [ {"model": "NO-SUCH-CHIP", "quantity": 0} ] }
                """);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("destinationCountry", "consignee.name", "endUse", "items[0].quantity");
        assertThat(problem.path("errors").findValuesAsText("message"))
                .contains("Describe the end use in 20 to 4,000 characters");
        assertThat(applications.count()).isEqualTo(before);
    }

    @Test
    void malformedJsonUnknownFieldsWrongTypesAndOversizeBodiesAreClear4xx() throws Exception {
        HttpResponse<String> malformed = post("exporter1", "/api/v1/screenings", "{\"destinationCountry\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(problem(malformed).path("title").asText()).isEqualTo("Malformed JSON");

        HttpResponse<String> unknown = post("exporter1", "/api/v1/screenings",
                VALID.replace("\"endUse\"", "\"destinaton\": \"AE\", \"endUse\""));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(problem(unknown).path("detail").asText()).contains("Unknown field \"destinaton\"");
        assertThat(problem(unknown).path("errors").get(0).path("field").asText()).isEqualTo("destinaton");

        HttpResponse<String> wrongType = post("exporter1", "/api/v1/screenings",
                VALID.replace("\"quantity\": 2000", "\"quantity\": \"lots\""));
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(problem(wrongType).path("errors").get(0).path("field").asText()).isEqualTo("items[0].quantity");
        assertThat(problem(wrongType).path("errors").get(0).path("message").asText())
                .isEqualTo("Expected a whole number but got \"lots\".");

        HttpResponse<String> notAnObject = post("exporter1", "/api/v1/screenings", "[1, 2]");
        assertThat(notAnObject.statusCode()).isEqualTo(400);

        String huge = VALID.replace("\"endUse\": \"", "\"endUse\": \"" + "x".repeat(300_000));
        HttpResponse<String> oversize = post("exporter1", "/api/v1/applications", huge);
        assertThat(oversize.statusCode()).isEqualTo(413);
        assertThat(problem(oversize).path("detail").asText()).contains("256 KB");

        // Without a Content-Length the limit still holds, counted while reading.
        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/v1/applications"))
                .header("Authorization", basic("exporter1")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> chunkedResponse = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(chunkedResponse.statusCode()).isEqualTo(413);

        HttpResponse<String> badPage = get("exporter1", "/api/v1/applications?size=abc");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(problem(badPage).path("errors").get(0).path("field").asText()).isEqualTo("size");
        assertThat(get("exporter1", "/api/v1/applications?size=1000").statusCode()).isEqualTo(400);

        HttpResponse<String> unknownPath = get("exporter1", "/api/v1/nothing-here");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(problem(unknownPath).path("detail").asText()).contains("/api/v1/nothing-here");
        assertThat(unknownPath.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

        HttpRequest wrongMediaType = HttpRequest.newBuilder(uri("/api/v1/screenings"))
                .header("Authorization", basic("exporter1")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(VALID)).build();
        assertThat(http.send(wrongMediaType, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(415);
    }

    @Test
    void screeningReadsAlpha3CodesModelAliasesShipmentDateAndAChosenVersion() throws Exception {
        HttpResponse<String> aliases = post("exporter1", "/api/v1/screenings", VALID
                .replace("\"destinationCountry\": \"AE\"", "\"destinationCountry\": \"deu\"")
                .replace("\"country\": \"AE\"", "\"country\": \"DEU\"")
                .replace("\"model\": \"H100-SXM5-80GB\"", "\"model\": \"h100 sxm\""));
        assertThat(aliases.statusCode()).as(aliases.body()).isEqualTo(200);
        JsonNode body = json.readTree(aliases.body());
        assertThat(body.path("outcome").asText()).isEqualTo("AUTHORISED_TIER1");
        assertThat(body.path("items").get(0).path("model").asText()).isEqualTo("H100-SXM5-80GB");
        assertThat(body.path("ruleSetVersion").asText()).isEqualTo("2025-01-15r2");

        HttpResponse<String> firstRevision = post("exporter1", "/api/v1/screenings", VALID
                .replace("\"destinationCountry\": \"AE\"", "\"destinationCountry\": \"PR\", "
                        + "\"ruleSetVersion\": \"2025-01-15\"").replace("\"country\": \"AE\"", "\"country\": \"PR\""));
        assertThat(json.readTree(firstRevision.body()).path("ruleSetVersion").asText()).isEqualTo("2025-01-15");
        assertThat(json.readTree(firstRevision.body()).path("tier").asInt()).isEqualTo(2);

        HttpResponse<String> unknownVersion = post("exporter1", "/api/v1/screenings", VALID
                .replace("\"endUse\"", "\"ruleSetVersion\": \"1999-01-01\", \"endUse\""));
        assertThat(unknownVersion.statusCode()).isEqualTo(422);
        assertThat(problem(unknownVersion).path("title").asText()).isEqualTo("Invalid screening request");
        assertThat(problem(unknownVersion).path("errors").get(0).path("field").asText()).isEqualTo("ruleSetVersion");

        HttpResponse<String> filingWithVersion = post("exporter1", "/api/v1/applications", VALID
                .replace("\"endUse\"", "\"ruleSetVersion\": \"2025-01-15\", \"endUse\""));
        assertThat(filingWithVersion.statusCode()).isEqualTo(422);
        assertThat(problem(filingWithVersion).path("title").asText()).isEqualTo("Invalid application");
        assertThat(problem(filingWithVersion).path("errors").findValuesAsText("field")).contains("ruleSetVersion");

        HttpResponse<String> tooEarly = post("exporter1", "/api/v1/screenings", VALID
                .replace("\"endUse\"", "\"shipmentDate\": \"2024-06-01\", \"endUse\""));
        assertThat(tooEarly.statusCode()).isEqualTo(422);
        assertThat(problem(tooEarly).path("errors").get(0).path("field").asText()).isEqualTo("shipmentDate");

        HttpResponse<String> endUserHq = post("exporter1", "/api/v1/screenings", VALID.replace(
                "\"endUser\": {\"name\": \"National Weather Modelling Centre\", \"country\": \"AE\"}",
                "\"endUser\": {\"name\": \"National Weather Modelling Centre\", \"country\": \"AE\", "
                        + "\"headquartersCountry\": \"CHN\"}"));
        assertThat(json.readTree(endUserHq.body()).path("outcome").asText()).as(endUserHq.body())
                .isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(json.readTree(endUserHq.body()).path("findings").findValuesAsText("code"))
                .contains("HEADQUARTERS_TIER3");
    }

    @Test
    void fractionalOutOfRangeAndTooManyItemsAre4xxNamingTheField() throws Exception {
        HttpResponse<String> fractional = post("exporter1", "/api/v1/screenings",
                VALID.replace("\"quantity\": 2000", "\"quantity\": 1.5"));
        assertThat(fractional.statusCode()).isEqualTo(400);
        assertThat(problem(fractional).path("title").asText()).isEqualTo("Invalid screening request");
        assertThat(problem(fractional).path("errors").get(0).path("field").asText()).isEqualTo("items[0].quantity");

        HttpResponse<String> huge = post("exporter1", "/api/v1/screenings",
                VALID.replace("\"quantity\": 2000", "\"quantity\": 99999999999999999999"));
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(problem(huge).path("errors").get(0).path("field").asText()).isEqualTo("items[0].quantity");

        HttpResponse<String> hugeTpp = post("exporter1", "/api/v1/screenings",
                VALID.replace("\"model\": \"H100-SXM5-80GB\"", "\"tpp\": 1e400, \"performanceDensity\": 5"));
        assertThat(hugeTpp.statusCode()).isBetween(400, 499);
        assertThat(problem(hugeTpp).path("errors").get(0).path("field").asText()).isEqualTo("items[0].tpp");

        String item = "{\"model\": \"H20\", \"quantity\": 1}";
        String many = VALID.replaceAll("\"items\": \\[.*\\],", "\"items\": ["
                + String.join(",", java.util.Collections.nCopies(ApplicationBody.MAX_ITEMS + 1, item)) + "],");
        HttpResponse<String> tooMany = post("exporter1", "/api/v1/screenings", many);
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(problem(tooMany).path("title").asText()).isEqualTo("Invalid screening request");
        assertThat(problem(tooMany).path("errors").findValuesAsText("field")).containsExactly("items");
    }

    @Test
    void purchaserAndIntermediateConsigneesAreScreenedAndRefusedByTheirFieldPaths() throws Exception {
        String withRoute = VALID.replace("\"endUse\"", "\"purchaser\": {\"name\": \"Gulf Procurement LLC\", "
                + "\"country\": \"ARE\"}, \"intermediateConsignees\": [{\"name\": \"Lion City Forwarders\", "
                + "\"country\": \"SG\", \"role\": \"freight forwarder\"}, {\"name\": \"Kowloon Freight Ltd\", "
                + "\"country\": \"HKG\"}], \"endUse\"");
        HttpResponse<String> transit = post("exporter1", "/api/v1/screenings", withRoute);
        assertThat(transit.statusCode()).as(transit.body()).isEqualTo(200);
        JsonNode findings = json.readTree(transit.body()).path("findings");
        assertThat(findings.findValuesAsText("code")).contains("TRANSSHIPMENT_TIER3");
        assertThat(findings.findValuesAsText("message")).anySatisfy(m -> assertThat(m)
                .startsWith("Transshipment through Hong Kong").contains("\"Kowloon Freight Ltd\""));

        HttpResponse<String> badCountry = post("exporter1", "/api/v1/applications", withRoute.replace(
                "\"country\": \"HKG\"", "\"country\": \"XX\""));
        assertThat(badCountry.statusCode()).isEqualTo(422);
        assertThat(problem(badCountry).path("errors").findValuesAsText("field"))
                .containsExactly("intermediateConsignees[1].country");

        HttpResponse<String> unknownField = post("exporter1", "/api/v1/screenings", withRoute.replace(
                "\"country\": \"ARE\"}", "\"country\": \"ARE\", \"headquartersCountry\": \"CN\"}"));
        assertThat(unknownField.statusCode()).as("a purchaser's headquarters would be ignored, so it is refused")
                .isEqualTo(400);
        assertThat(problem(unknownField).path("errors").findValuesAsText("field"))
                .containsExactly("purchaser.headquartersCountry");
    }

    @Test
    void credentialsAndRolesAreCheckedWithoutASessionOrCsrfToken() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/rulesets/current")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Basic"));
        assertThat(problem(anonymous).path("status").asInt()).isEqualTo(401);

        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(uri("/api/v1/rulesets/current"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("exporter1:wrong".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);

        HttpResponse<String> reviewerFiling = post("reviewer1", "/api/v1/applications", VALID);
        assertThat(reviewerFiling.statusCode()).isEqualTo(403);
        assertThat(reviewerFiling.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(get("exporter1", "/api/v1/audit/verification").statusCode()).isEqualTo(403);
        HttpResponse<String> verification = get("auditor1", "/api/v1/audit/verification");
        assertThat(verification.statusCode()).isEqualTo(200);
        JsonNode chain = json.readTree(verification.body());
        assertThat(chain.path("valid").asBoolean()).isTrue();
        assertThat(chain.path("events").asLong()).isPositive();
        assertThat(chain.has("firstBrokenSequence")).isTrue();
    }

    @Test
    void theRuleSetInForceAndTheOpenApiDocumentArePublished() throws Exception {
        HttpResponse<String> ruleSet = get("exporter1", "/api/v1/rulesets/current");
        assertThat(ruleSet.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(ruleSet.body());
        assertThat(body.path("version").asText()).isNotBlank();
        assertThat(body.path("thresholds").path("lppAnnualLimitTpp").decimalValue()).isPositive();
        assertThat(body.path("countries").findValuesAsText("iso2")).contains("AE", "DE", "CN");
        assertThat(body.path("chips").findValuesAsText("model")).contains("H100-SXM5-80GB");

        HttpResponse<String> openApi = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        JsonNode doc = json.readTree(openApi.body());
        assertThat(doc.path("paths").has("/api/v1/applications")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/applications/{reference}")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/screenings")).isTrue();
        assertThat(doc.path("paths").has("/api/v1/rulesets/current")).isTrue();
        assertThat(doc.path("components").path("securitySchemes").has("basic")).isTrue();

        HttpResponse<String> swagger = http.send(HttpRequest.newBuilder(uri("/swagger-ui/index.html")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.body()).contains("swagger-ui");
    }

    private HttpResponse<String> post(String user, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode problem(HttpResponse<String> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return json.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tierline-demo")
                .getBytes(StandardCharsets.UTF_8));
    }
}
