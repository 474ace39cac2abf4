package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.support.SecurityStrategyListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The database goes away under a running application and comes back: while it is away every request gets a clear
 * 503 and nothing is half-saved; when it is back the same application serves again, without a restart. The
 * database is an H2 server reached over TCP, so that this test can stop and start it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "flowable.async-executor-activate=false", "vaadin.devmode.devTools.enabled=false",
        "spring.datasource.hikari.connection-timeout=2000", "spring.datasource.hikari.validation-timeout=1000"})
@ActiveProfiles("demo")
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DatabaseOutageIT {

    static Path folder;
    static Server database;
    static int databasePort;

    @LocalServerPort int port;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void databaseServer(DynamicPropertyRegistry registry) throws Exception {
        folder = Files.createTempDirectory("tierline-outage");
        database = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString()).start();
        databasePort = database.getPort();
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + databasePort + "/./outage");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsGetA503AndAfterwardsTheSameApplicationRecovers() throws Exception {
        String marker = "outage-" + System.nanoTime();
        assertThat(get("/api/v1/applications").statusCode()).isEqualTo(200);

        database.stop();
        HttpResponse<String> reading = get("/api/v1/applications");
        assertThat(reading.statusCode()).isEqualTo(503);
        assertThat(reading.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(reading.body()).path("detail").asText())
                .isEqualTo("The service cannot reach its database just now; nothing was saved. "
                        + "Try again in a few seconds.");
        assertThat(reading.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(file(marker).statusCode()).isEqualTo(503);

        database = Server.createTcpServer("-tcpPort", Integer.toString(databasePort), "-ifNotExists", "-baseDir",
                folder.toString()).start();
        Instant deadline = Instant.now().plusSeconds(30);
        int status = 0;
        while (Instant.now().isBefore(deadline) && (status = get("/api/v1/applications").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertThat(status).as("the same application serves again").isEqualTo(200);
        HttpResponse<String> filed = file(marker);
        assertThat(filed.statusCode()).isEqualTo(201);
        String list = get("/api/v1/applications?size=100").body();
        assertThat(list).contains(json.readTree(filed.body()).path("reference").asText());
        System.out.println("FAULTS database outage: 503 while away, recovered without restart");
    }

    private HttpResponse<String> file(String marker) throws Exception {
        String body = """
                { "destinationCountry": "AE",
                  "consignee": {"name": "Outage Test LLC", "country": "AE"},
                  "endUser": {"name": "Outage Test LLC", "country": "AE"},
                  "endUse": "Training language models in a certified data centre (%s).",
                  "items": [ {"model": "H100-SXM5-80GB", "quantity": 20} ] }
                """.formatted(marker);
        return http.send(request("/api/v1/applications").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("exporter1:tierline-demo".getBytes(StandardCharsets.UTF_8)));
    }
}
