package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tierline.application.service.ApplicationService;
import com.tierline.support.Drafts;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The attack test's hostile input, over HTTP: figures out of range or finer than a cent, too many items, control and
 * text-direction characters in names and free text. Each must be refused with a 4xx problem document that names the
 * field, and leave nothing behind; none may be a 500 or be stored rounded. Prints how many were tried and held.
 */
@ServedIT
class HostileInputIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationService applications;
    @Autowired UserDetailsService users;
    final HttpClient http = HttpClient.newHttpClient();

    /** Each case: what is done to a valid body, and the field the refusal must name. */
    record Hostile(String what, String field, Consumer<ObjectNode> change) {
    }

    @Test
    void outOfRangeAndSubCentFiguresAndTooManyItemsAre4xxNamingTheFieldAndStoreNothing() throws Exception {
        List<Hostile> cases = List.of(
                item("unitValueUsd 1e20", "items[0].unitValueUsd",
                        i -> i.put("unitValueUsd", new BigDecimal("1e20"))),
                item("unitValueUsd of 30 digits", "items[0].unitValueUsd",
                        i -> i.put("unitValueUsd", new BigDecimal("1".repeat(30)))),
                item("unitValueUsd 1e-10", "items[0].unitValueUsd",
                        i -> i.put("unitValueUsd", new BigDecimal("1e-10"))),
                item("unitValueUsd a tenth of a cent", "items[0].unitValueUsd",
                        i -> i.put("unitValueUsd", new BigDecimal("25000.001"))),
                item("unitValueUsd over a billion", "items[0].unitValueUsd",
                        i -> i.put("unitValueUsd", new BigDecimal("1000000000.01"))),
                item("unitValueUsd 1e-2147483647", "items[0].unitValueUsd",
                        i -> i.put("unitValueUsd", new BigDecimal("1e-2147483647"))),
                item("quantity 1.5", "items[0].quantity", i -> i.put("quantity", new BigDecimal("1.5"))),
                item("quantity 1e20", "items[0].quantity", i -> i.put("quantity", new BigDecimal("1e20"))),
                item("quantity over the maximum", "items[0].quantity", i -> i.put("quantity", 10_000_001)),
                item("tpp with three decimals", "items[0].tpp", i -> i.put("tpp", new BigDecimal("15832.125"))),
                item("tpp 1e-10", "items[0].tpp", i -> i.put("tpp", new BigDecimal("1e-10"))),
                item("density with three decimals", "items[0].performanceDensity",
                        i -> i.put("performanceDensity", new BigDecimal("19.455"))),
                new Hostile("fleet 1e30", "fleet.totalTpp", b -> b.putObject("fleet").put("totalTpp",
                        new BigDecimal("1e30"))),
                new Hostile("101 items", "items", b -> items(b, 101)),
                new Hostile("3,000 items", "items", b -> items(b, 3000)));
        assertRefusedWithoutTrace(cases, "figures");
    }

    @Test
    void controlAndTextDirectionCharactersInNamesAndFreeTextAre422AtTheField() throws Exception {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("NUL", "\u0000");
        hostile.put("ESC", "\u001b[2J");
        hostile.put("BEL", "\u0007");
        hostile.put("DEL", "\u007f");
        hostile.put("C1 NEL", "\u0085");
        hostile.put("C1 CSI", "\u009b");
        hostile.put("right-to-left override", "\u202E");
        hostile.put("left-to-right embedding", "\u202A");
        hostile.put("first strong isolate", "\u2068");
        hostile.put("pop directional isolate", "\u2069");
        List<Hostile> cases = new ArrayList<>();
        hostile.forEach((name, text) -> {
            cases.add(new Hostile(name + " in consignee.name", "consignee.name",
                    b -> ((ObjectNode) b.get("consignee")).put("name", "Gulf " + text + "Data Centres")));
            cases.add(new Hostile(name + " in endUser.name", "endUser.name",
                    b -> ((ObjectNode) b.get("endUser")).put("name", "National " + text + "Centre")));
            cases.add(new Hostile(name + " in endUse", "endUse", b -> b.put("endUse",
                    "Training weather models " + text + "in a certified data centre.")));
            cases.add(new Hostile(name + " in applicant.contactName", "applicant.contactName",
                    b -> b.putObject("applicant").put("contactName", "Erin " + text)));
            cases.add(item(name + " in an item description", "items[0].description",
                    i -> i.put("description", "H100 " + text)));
        });
        cases.add(new Hostile("line break in a name", "consignee.name",
                b -> ((ObjectNode) b.get("consignee")).put("name", "Gulf\nData Centres")));
        cases.add(new Hostile("line separator in a name", "endUser.name",
                b -> ((ObjectNode) b.get("endUser")).put("name", "National\u2028Centre")));
        assertRefusedWithoutTrace(cases, "characters");
    }

    @Test
    void lineBreaksInTheEndUseAndDirectionMarksInANameAreKeptExactly() throws Exception {
        ObjectNode body = valid();
        String endUse = "Training weather models\nin a certified data centre,\r\n\tfor the national service.";
        String name = "\u0634\u0631\u0643\u0629 \u200FGulf Data Centres";
        body.put("endUse", endUse);
        ((ObjectNode) body.get("consignee")).put("name", name);
        HttpResponse<String> filed = post("/api/v1/applications", body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String reference = json.readTree(filed.body()).path("reference").asText();
        assertThat(jdbc.queryForMap("select end_use, consignee_name from licence_application where reference = ?",
                reference)).containsEntry("END_USE", endUse).containsEntry("CONSIGNEE_NAME", name);
    }

    @Test
    void reviewersAndAuditorsGet404ForADraftExactlyAsForAnUnknownCase() throws Exception {
        SignIn.as(users, "exporter1");
        String draft = applications.saveDraft(null, Drafts.h100s("AE"));
        SignIn.out();
        assertThat(get("/api/v1/applications/" + draft, "exporter1").statusCode()).isEqualTo(200);
        for (String government : List.of("reviewer1", "senior1", "auditor1")) {
            HttpResponse<String> draftAnswer = get("/api/v1/applications/" + draft, government);
            HttpResponse<String> unknownAnswer = get("/api/v1/applications/TL-2099-999999", government);
            assertThat(draftAnswer.statusCode()).as(government).isEqualTo(404);
            assertThat(unknownAnswer.statusCode()).isEqualTo(404);
            assertThat(json.readTree(draftAnswer.body()).path("title").asText())
                    .isEqualTo(json.readTree(unknownAnswer.body()).path("title").asText());
        }
    }

    @Test
    void claimingAnUnknownCaseOrADraftIs404NotAConflict() throws Exception {
        SignIn.as(users, "exporter1");
        String draft = applications.saveDraft(null, Drafts.h100s("AE"));
        SignIn.out();
        for (String reference : List.of("TL-2099-999999", draft)) {
            HttpResponse<String> claimed = send(HttpRequest.newBuilder(uri("/api/v1/cases/" + reference + "/claim"))
                    .header("Authorization", basic("reviewer1")).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(claimed.statusCode()).as(reference).isEqualTo(404);
            assertThat(claimed.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(jdbc.queryForObject("select assignee from licence_application where reference = ?", String.class,
                draft)).isNull();
    }

    private void assertRefusedWithoutTrace(List<Hostile> cases, String kind) throws Exception {
        int tried = 0;
        int held = 0;
        List<String> failures = new ArrayList<>();
        for (Hostile c : cases) {
            for (String path : List.of("/api/v1/applications", "/api/v1/screenings")) {
                tried++;
                long before = count();
                ObjectNode body = valid();
                c.change().accept(body);
                HttpResponse<String> answer = post(path, body);
                JsonNode problem = answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
                boolean named = false;
                for (JsonNode error : problem.path("errors")) {
                    named |= error.path("field").asText().equals(c.field())
                            && !error.path("message").asText().isBlank();
                }
                boolean problemDocument = answer.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json");
                if (answer.statusCode() >= 400 && answer.statusCode() < 500 && named && problemDocument
                        && count() == before) {
                    held++;
                } else {
                    failures.add(c.what() + " -> " + path + ": HTTP " + answer.statusCode() + " "
                            + abbreviate(answer.body()));
                }
            }
        }
        System.out.printf("HOSTILE-INPUT %s: %d tried, %d held%n", kind, tried, held);
        assertThat(failures).isEmpty();
    }

    private static Hostile item(String what, String field, Consumer<ObjectNode> change) {
        return new Hostile(what, field, b -> change.accept((ObjectNode) b.get("items").get(0)));
    }

    private static void items(ObjectNode body, int count) {
        ArrayNode items = body.putArray("items");
        for (int i = 0; i < count; i++) {
            items.addObject().put("model", "H100-SXM5-80GB").put("quantity", 1).put("unitValueUsd", 25000);
        }
    }

    private ObjectNode valid() throws Exception {
        return (ObjectNode) json.readTree(BadInputIT.VALID);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from licence_application", Long.class);
    }

    private HttpResponse<String> post(String path, ObjectNode body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic("exporter1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":tierline-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
