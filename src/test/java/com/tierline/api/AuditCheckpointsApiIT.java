package com.tierline.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.support.Outsider;
import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An oversight body takes the signed checkpoints and the public keys over the API and checks them on its own. */
@ServedIT
class AuditCheckpointsApiIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void auditorsGetEveryCheckpointWithThePublicKeysThatCheckThem() throws Exception {
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/applications")).header("Authorization", basic("exporter1"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ApiIT.VALID))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(filed.statusCode()).as("a filing, logged, for the checkpoint to vouch for").isEqualTo(201);
        assertThat(get("exporter1").statusCode()).isEqualTo(403);
        assertThat(get("reviewer1").statusCode()).isEqualTo(403);

        HttpResponse<String> response = get("auditor1");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("format").asText()).isEqualTo("tierline-audit-checkpoint/v1");
        assertThat(body.path("verification").path("valid").asBoolean()).as(response.body()).isTrue();
        JsonNode checkpoints = body.path("checkpoints");
        assertThat(checkpoints.size()).as("the API call signed the head").isPositive();
        JsonNode latest = checkpoints.get(checkpoints.size() - 1);
        assertThat(latest.path("sequence").asLong()).isEqualTo(body.path("verification").path("events").asLong());
        String line = String.join(" ", latest.path("sequence").asText(), latest.path("chainHash").asText(),
                latest.path("signedAt").asText(), latest.path("keyId").asText(), latest.path("signature").asText());
        String publicKey = body.path("publicKeys").path(latest.path("keyId").asText()).asText();
        assertThat(Outsider.verifies(line, publicKey)).as(line).isTrue();
    }

    private HttpResponse<String> get(String user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/audit/checkpoints"))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tierline-demo").getBytes(StandardCharsets.UTF_8));
    }
}
