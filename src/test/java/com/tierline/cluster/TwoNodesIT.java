package com.tierline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import com.tierline.support.ApplicationProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes — two JVM processes on different ports — on one PostgreSQL database, as in production
 * behind a load balancer. Runs where the integration tests run on PostgreSQL ({@code -Ppostgres-it}, as in CI).
 * <ul>
 * <li>a case filed on one node is read on the other, and a claim on one node is refused on the other, by name;
 * <li>both nodes' job executors race for the same due SLA timers, and each timer fires exactly once;
 * <li>a node killed (SIGKILL) while clients are filing through it loses nothing and half-saves nothing; the other
 * node carries on and the audit chain stays intact.
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static String url;
    static ApplicationProcess a;
    static ApplicationProcess b;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        url = System.getProperty("spring.datasource.url", "");
        assumeTrue(url.startsWith("jdbc:postgresql:"), "two nodes need a shared PostgreSQL (-Ppostgres-it)");
        // One after the other: the first applies any pending migrations and finds the demo accounts in place.
        a = node("a").awaitReady();
        b = node("b").awaitReady();
    }

    /** A node on the shared database whose SLA clocks run with zero working days, so every timer is due at once. */
    static ApplicationProcess node(String name) throws IOException {
        return ApplicationProcess.start(name, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + System.getProperty("spring.datasource.password"),
                "--tierline.sla.review-working-days=0", "--tierline.sla.warning-working-days=0",
                "--flowable.async-executor-activate=true");
    }

    @AfterAll
    static void stopNodes() {
        for (ApplicationProcess node : new ApplicationProcess[] {a, b}) {
            if (node != null) {
                node.process().destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void aCaseFiledOnOneNodeIsClaimedThereAndRefusedOnTheOtherAndEachTimerFiresOnce() throws Exception {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApplicationProcess node = i % 2 == 0 ? a : b;
            HttpResponse<String> filed = post(node, "exporter1", "/api/v1/applications", application("timers"));
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
            references.add(JSON.readTree(filed.body()).path("reference").asText());
        }
        String first = references.get(0);
        assertThat(get(b, "exporter2", "/api/v1/applications/" + first).statusCode()).isEqualTo(200);

        HttpResponse<String> claimed = post(a, "reviewer1", "/api/v1/cases/" + first + "/claim", "");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        HttpResponse<String> refused = post(b, "reviewer2", "/api/v1/cases/" + first + "/claim", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).path("detail").asText())
                .startsWith(first + " is already claimed by reviewer1 at ");

        // Both nodes run their SLA clocks with zero working days, so every case's warning and breach timers are
        // due at once and both job executors go for them.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && count("""
                select count(distinct a.id) from licence_application a join sla_event s on s.application_id = a.id
                where s.event = 'BREACHED' and a.reference in (%s)""", references) < references.size()) {
            Thread.sleep(1000);
        }
        System.out.printf("TWO-NODES %d cases' timers fired in %s%n", references.size(),
                Duration.between(deadline.minusSeconds(90), Instant.now()));
        for (String reference : references) {
            assertThat(count("""
                    select count(*) from sla_event s join licence_application a on a.id = s.application_id
                    where s.event = 'WARNED' and a.reference in (%s)""", List.of(reference)))
                    .as("warnings of %s", reference).isEqualTo(1);
            assertThat(count("""
                    select count(*) from sla_event s join licence_application a on a.id = s.application_id
                    where s.event = 'BREACHED' and a.reference in (%s)""", List.of(reference)))
                    .as("breaches of %s", reference).isEqualTo(1);
        }
    }

    @Test
    @Order(2) // last: it kills node b
    void aNodeKilledWhileFilingLosesNothingAndTheOtherCarriesOn() throws Exception {
        String marker = "kill-" + UUID.randomUUID();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> filed = post(b, "exporter1", "/api/v1/applications",
                                application(marker));
                        if (filed.statusCode() == 201) {
                            acknowledged.add(JSON.readTree(filed.body()).path("reference").asText());
                        }
                    } catch (IOException | InterruptedException connectionLost) {
                        return null;
                    }
                }
                return null;
            });
        }
        Instant until = Instant.now().plusSeconds(30);
        while (acknowledged.size() < 5 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        b.kill();
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("node b filed some cases before it died").hasSizeGreaterThanOrEqualTo(5);
        System.out.printf("TWO-NODES acknowledged before the kill: %d%n", acknowledged.size());

        List<String> stored = strings("select reference from licence_application where end_use like ?",
                "%" + marker + "%");
        assertThat(stored).as("every acknowledged filing survived the crash").containsAll(acknowledged);
        assertThat(stored.size() - acknowledged.size()).as("at most the four in flight committed unacknowledged")
                .isBetween(0, 4);
        assertThat(strings("""
                select reference from licence_application where end_use like ?
                and (status not in ('UNDER_REVIEW') or process_instance_id is null or screening_outcome is null)""",
                "%" + marker + "%")).as("nothing half-saved: each case is screened and in its process").isEmpty();

        HttpResponse<String> afterwards = post(a, "exporter1", "/api/v1/applications", application(marker));
        assertThat(afterwards.statusCode()).as("node a carries on").isEqualTo(201);
        HttpResponse<String> chain = get(a, "auditor1", "/api/v1/audit/verification");
        assertThat(JSON.readTree(chain.body()).path("valid").asBoolean()).as(chain.body()).isTrue();
    }

    private static String application(String marker) {
        return """
                { "destinationCountry": "AE",
                  "consignee": {"name": "Cluster Test Compute LLC", "country": "AE"},
                  "endUser": {"name": "Cluster Test Compute LLC", "country": "AE"},
                  "endUse": "Training language models in a certified data centre (%s).",
                  "items": [ {"model": "H100-SXM5-80GB", "quantity": 2000} ] }
                """.formatted(marker);
    }

    private HttpResponse<String> post(ApplicationProcess node, String user, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(ApplicationProcess node, String user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":tierline-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"));
    }

    private static long count(String sql, List<String> references) throws SQLException {
        String placeholders = String.join(", ", references.stream().map(r -> "?").toList());
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql.formatted(placeholders))) {
            for (int i = 0; i < references.size(); i++) {
                s.setString(i + 1, references.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(String sql, String parameter) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
