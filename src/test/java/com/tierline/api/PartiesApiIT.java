package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.support.ServedIT;
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

/** Registered parties over HTTP: picked by id in a request, listed for exporters, the directory for admins only. */
@ServedIT
class PartiesApiIT {

    static final String BY_ID = """
            { "destinationCountry": "AE",
              "consignee": {"partyId": %s},
              "endUser": {"name": "National Weather Modelling Centre", "country": "AE"},
              "endUse": "Training numerical weather prediction models in a certified data centre.",
              "items": [ {"model": "H100-SXM5-80GB", "quantity": 10} ] }
            """;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aConsigneeNamedByPartyIdIsScreenedAsThatParty() throws Exception {
        JsonNode choices = json.readTree(get("exporter1", "/api/v1/parties").body());
        long sandgrouse = 0;
        for (JsonNode p : choices) {
            if (p.path("name").asText().equals("Sandgrouse Compute FZ-LLC")) {
                sandgrouse = p.path("id").asLong();
            }
        }
        assertThat(sandgrouse).isPositive();

        HttpResponse<String> screened = post("exporter1", "/api/v1/screenings", BY_ID.formatted(sandgrouse));

        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(json.readTree(screened.body()).path("outcome").asText()).isEqualTo("AUTHORISED_LOW_VOLUME");
    }

    @Test
    void anUnknownPartyIdIs422AtItsField() throws Exception {
        HttpResponse<String> refused = post("exporter1", "/api/v1/screenings", BY_ID.formatted(987654));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = json.readTree(refused.body());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("consignee.partyId");
    }

    @Test
    void theDirectoryIsForAdministratorsOnly() throws Exception {
        assertThat(get("exporter1", "/api/v1/admin/parties").statusCode()).isEqualTo(403);
        HttpResponse<String> admin = get("admin1", "/api/v1/admin/parties");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("UVEU-2025-0007", "NVEU-SA-2025-0002", "SGC Cloud");
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

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tierline-demo")
                .getBytes(StandardCharsets.UTF_8));
    }
}
