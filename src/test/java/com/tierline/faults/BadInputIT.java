package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tierline.support.ServedIT;
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
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Throws hostile input at the API: malformed and pathological JSON, wrong types, and SQL, HTML and script payloads
 * in every text field. Every case must end in a 4xx or in the payload stored and returned exactly as sent, as
 * data; never a 5xx. Prints how many cases were tried and survived.
 */
@ServedIT
class BadInputIT {

    static final List<String> PAYLOADS = List.of(
            "'; drop table licence_application; --",
            "\" or 1=1 --",
            "Robert'); DELETE FROM audit_event; --",
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "</textarea><b>bold</b>",
            "${7*7} #{7*7} {{7*7}}",
            "../../../../etc/passwd",
            "Zeichen äöü – 中文 – 🚀 – \u202Eevil",
            "line\nbreak\ttab");

    /** Where each text field sits in the body. */
    static final Map<String, BiConsumer<ObjectNode, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("consignee.name", (b, v) -> ((ObjectNode) b.get("consignee")).put("name", v));
        FIELDS.put("endUser.name", (b, v) -> ((ObjectNode) b.get("endUser")).put("name", v));
        FIELDS.put("ultimateEndUser.name", (b, v) -> b.putObject("ultimateEndUser").put("name", v).put("country", "AE"));
        FIELDS.put("endUse", (b, v) -> b.put("endUse", "Training language models in a certified data centre: " + v));
        FIELDS.put("dataCentre.name", (b, v) -> b.putObject("dataCentre").put("name", v).put("country", "AE"));
        FIELDS.put("applicant.contactName", (b, v) -> b.putObject("applicant").put("contactName", v));
        FIELDS.put("items[0].description", (b, v) -> ((ObjectNode) b.get("items").get(0)).put("description", v));
    }

    static final String VALID = """
            { "destinationCountry": "AE",
              "consignee": {"name": "Gulf Data Centres LLC", "country": "AE"},
              "endUser": {"name": "National Weather Modelling Centre", "country": "AE"},
              "endUse": "Training numerical weather prediction models in a certified data centre.",
              "items": [ {"model": "H100-SXM5-80GB", "quantity": 20, "unitValueUsd": 25000} ] }
            """;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void hostilePayloadsInEveryTextFieldAreStoredAsDataAndReturnedExactly() throws Exception {
        int tried = 0;
        int survived = 0;
        List<String> failures = new ArrayList<>();
        for (var field : FIELDS.entrySet()) {
            for (String payload : PAYLOADS) {
                tried++;
                ObjectNode body = (ObjectNode) json.readTree(VALID);
                field.getValue().accept(body, payload);
                HttpResponse<String> filed = post("/api/v1/applications", json.writeValueAsString(body));
                if (filed.statusCode() == 201) {
                    String reference = json.readTree(filed.body()).path("reference").asText();
                    String stored = storedValue(field.getKey(), reference);
                    if (stored != null && stored.contains(payload)) {
                        survived++;
                    } else {
                        failures.add(field.getKey() + " <- " + payload + ": stored as " + stored);
                    }
                } else if (filed.statusCode() >= 400 && filed.statusCode() < 500) {
                    survived++;
                } else {
                    failures.add(field.getKey() + " <- " + payload + ": HTTP " + filed.statusCode());
                }
            }
        }
        System.out.printf("BAD-INPUT text payloads: %d tried, %d survived%n", tried, survived);
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from licence_application", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class)).isPositive();
    }

    @Test
    void malformedAndPathologicalBodiesAreAlways4xxWithAProblemDocument() throws Exception {
        List<String> bodies = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"items\": \"many\"}",
                "{\"items\": [null]}", "{\"items\": [{\"quantity\": 1e999}]}",
                "{\"items\": [{\"quantity\": 99999999999999999999}]}", "{\"items\": [{\"tpp\": \"NaN\"}]}",
                "{\"destinationCountry\": [\"AE\"]}", "{\"consignee\": \"Gulf\"}", "{\"dataCentre\": {\"securityCertified\": \"yes\"}}",
                "{\"dataCentre\": {\"attestations\": [\"EVERYTHING\"]}}", "{\"unknown\": 1}",
                "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                "{\"endUse\": \"\\ud800\"}", "{\"destinationCountry\": \"AE\",}", "{'destinationCountry': 'AE'}",
                "{\"destinationCountry\": \"AE\"} trailing");
        int tried = 0;
        int survived = 0;
        List<String> failures = new ArrayList<>();
        for (String body : bodies) {
            for (String path : List.of("/api/v1/applications", "/api/v1/screenings")) {
                tried++;
                HttpResponse<String> response = post(path, body);
                boolean problem = response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json");
                if (response.statusCode() >= 400 && response.statusCode() < 500 && problem) {
                    survived++;
                } else {
                    failures.add(path + " <- " + abbreviate(body) + ": HTTP " + response.statusCode());
                }
            }
        }
        byte[] invalidUtf8 = {'{', '"', 'e', 'n', 'd', 'U', 's', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        tried++;
        HttpResponse<String> bytes = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/screenings")).header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(invalidUtf8)).build(), HttpResponse.BodyHandlers.ofString());
        if (bytes.statusCode() >= 400 && bytes.statusCode() < 500) {
            survived++;
        } else {
            failures.add("invalid UTF-8: HTTP " + bytes.statusCode());
        }
        System.out.printf("BAD-INPUT malformed bodies: %d tried, %d survived%n", tried, survived);
        assertThat(failures).isEmpty();
    }

    private String storedValue(String field, String reference) {
        String column = switch (field) {
            case "consignee.name" -> "consignee_name";
            case "endUser.name" -> "end_user_name";
            case "ultimateEndUser.name" -> "ultimate_end_user_name";
            case "endUse" -> "end_use";
            case "dataCentre.name" -> "data_centre_name";
            case "applicant.contactName" -> "contact_name";
            case "items[0].description" -> null;
            default -> throw new IllegalArgumentException(field);
        };
        if (column == null) {
            return jdbc.queryForObject("select i.description from application_item i join licence_application a "
                    + "on a.id = i.application_id where a.reference = ?", String.class, reference);
        }
        return jdbc.queryForObject("select " + column + " from licence_application where reference = ?",
                String.class, reference);
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("exporter1:tierline-demo".getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "…" : body;
    }
}
