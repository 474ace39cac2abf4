package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.support.ApplicationProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The application as a process of its own, killed with SIGKILL while 16 clients file through the API, then started
 * again on the same database: every filing that was answered 201 is still there, nothing is half-saved, the audit
 * chain still verifies, and no reference handed out before the crash is handed out again. On the embedded H2
 * default (a database file in a fresh folder) and, under {@code -Ppostgres-it}, on PostgreSQL.
 */
class CrashRecoveryIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> EXPORTERS = List.of("exporter1", "exporter2", "exporter3");
    static final int CLIENTS = 16;
    static final AtomicInteger FILINGS = new AtomicInteger();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ApplicationProcess node;

    @AfterEach
    void stopNode() throws InterruptedException {
        if (node != null) {
            node.kill();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // two start-ups of a whole application JVM
    void filingsAnswered201SurviveAKilledProcessAndNoReferenceIsReused() throws Exception {
        String[] database = database();
        node = ApplicationProcess.start("crash-1", database).awaitReady();
        String marker = "crash-" + UUID.randomUUID();

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // reference -> exporter who filed it
        List<String> handedOut = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            String exporter = EXPORTERS.get(c % EXPORTERS.size());
            ApplicationProcess target = node;
            clients.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> filed = post(target, exporter, application(marker));
                        if (filed.statusCode() == 201) {
                            String reference = JSON.readTree(filed.body()).path("reference").asText();
                            handedOut.add(reference);
                            acknowledged.put(reference, exporter);
                        }
                    } catch (IOException | InterruptedException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        Instant until = Instant.now().plusSeconds(120);
        while (acknowledged.size() < 200 && Instant.now().isBefore(until)) {
            Thread.sleep(20); // waiting for a count to be reached, not timing a result
        }
        node.kill();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("filings answered 201 before the kill").hasSizeGreaterThanOrEqualTo(50);
        assertThat(handedOut).as("no reference answered twice").doesNotHaveDuplicates();
        System.out.printf("CRASH %s: %d filings answered 201 before SIGKILL%n", database[0], acknowledged.size());

        node = ApplicationProcess.start("crash-2", database).awaitReady();
        List<String> lost = new ArrayList<>();
        List<String> halfSaved = new ArrayList<>();
        for (Map.Entry<String, String> filing : acknowledged.entrySet()) {
            HttpResponse<String> read = get(node, filing.getValue(), "/api/v1/applications/" + filing.getKey());
            if (read.statusCode() != 200) {
                lost.add(filing.getKey());
                continue;
            }
            JsonNode body = JSON.readTree(read.body());
            // Filed means screened and its process run: each is authorised under the low-volume exception.
            if (!"AUTHORISED".equals(body.path("status").asText())
                    || !body.path("screening").path("outcome").isTextual()) {
                halfSaved.add(filing.getKey() + " " + body.path("status").asText());
            }
        }
        assertThat(lost).as("filings answered 201 and gone after the restart").isEmpty();
        assertThat(halfSaved).as("filings without their screening or process").isEmpty();

        Set<String> afterRestart = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < CLIENTS; i++) {
            HttpResponse<String> filed = post(node, EXPORTERS.get(i % EXPORTERS.size()), application(marker));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            afterRestart.add(JSON.readTree(filed.body()).path("reference").asText());
        }
        assertThat(afterRestart).as("references handed out after the restart").hasSize(CLIENTS)
                .doesNotContainAnyElementsOf(acknowledged.keySet());

        HttpResponse<String> chain = get(node, "auditor1", "/api/v1/audit/verification");
        assertThat(JSON.readTree(chain.body()).path("valid").asBoolean()).as(chain.body()).isTrue();
    }

    /** The database both lives of the application use: this run's PostgreSQL, or a new H2 file of the default kind. */
    static String[] database() throws IOException {
        String url = System.getProperty("spring.datasource.url", "");
        Path folder = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crash-");
        // Both lives sign audit checkpoints with the same key, kept in the data folder as by default.
        String keys = "--tierline.audit.key-directory=" + folder;
        if (url.startsWith("jdbc:postgresql:")) {
            return new String[] {"--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + System.getProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + System.getProperty("spring.datasource.password"), keys};
        }
        // Only the folder moves: the URL and its settings are the application's own default.
        return new String[] {"--tierline.data-dir=" + folder, keys};
    }

    /**
     * A small shipment to Mexico, which no other test files to, for a consignee of its own each time: authorised
     * under the low-volume exception, so the process ends at once and, on a PostgreSQL shared with the other tests,
     * neither a review queue nor an allocation fills with these cases.
     */
    private static String application(String marker) {
        String consignee = "Crash Test Compute Number " + FILINGS.incrementAndGet() + " SA de CV";
        return """
                { "destinationCountry": "MX",
                  "consignee": {"name": "%s", "country": "MX"},
                  "endUser": {"name": "%s", "country": "MX"},
                  "endUse": "Training language models in a certified data centre (%s).",
                  "items": [ {"model": "H100-SXM5-80GB", "quantity": 20} ] }
                """.formatted(consignee, consignee, marker);
    }

    private HttpResponse<String> post(ApplicationProcess target, String user, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(target.base() + "/api/v1/applications"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(ApplicationProcess target, String user, String path)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(target.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tierline-demo").getBytes(StandardCharsets.UTF_8));
    }
}
