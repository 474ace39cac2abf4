package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.audit.service.LoginAuditor;
import com.tierline.support.Loopback;
import com.tierline.support.ServedIT;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nobody can flood the permanent audit log by signing in: refusals are counted per client address and written as
 * one row when the window closes (the test closes it); API sign-ins are audited once per user and address, then
 * counted. Each test is a loopback address of its own.
 */
@ServedIT
class SignInFloodIT {

    static final String PATH = "/api/v1/rulesets/current";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired LoginAuditor auditor;
    @Autowired ObjectMapper json;

    final ExecutorService clients = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void twoHundredInventedUserNamesAreThrottledAndLeaveOneAuditRowWithTheirCount() throws Exception {
        Loopback client = new Loopback("127.0.0.13", port);
        long before = lastSequence();

        List<Callable<Loopback.Response>> calls = IntStream.range(0, 200)
                .<Callable<Loopback.Response>>mapToObj(i -> () -> client.get(PATH, "invented-" + i, "guess-" + i))
                .toList();
        List<Loopback.Response> answers = clients.invokeAll(calls).stream().map(SignInFloodIT::join).toList();

        System.out.printf("200 invented user names: %d answered 401, %d answered 429%n",
                answers.stream().filter(a -> a.status() == 401).count(),
                answers.stream().filter(a -> a.status() == 429).count());
        assertThat(answers).extracting(Loopback.Response::status).allMatch(s -> s == 401 || s == 429);
        assertThat(answers).filteredOn(a -> a.status() == 429).as("throttled per address").isNotEmpty()
                .allSatisfy(a -> assertThat(Long.parseLong(a.header("Retry-After"))).isPositive());
        assertThat(rowsFrom("127.0.0.13", "login.failed", before)).as("nothing written per request").isEmpty();

        auditor.flush();

        List<JsonNode> rows = rowsFrom("127.0.0.13", "login.failed", before);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("count").asInt()).isEqualTo(200);
        assertThat(rows.get(0).get("unknownUser").asInt() + rows.get(0).get("throttled").asInt()).isEqualTo(200);
    }

    @Test
    void apiSignInsAreAuditedOncePerUserAndAddressThenCounted() throws Exception {
        Loopback client = new Loopback("127.0.0.16", port);
        long before = lastSequence();

        for (int i = 0; i < 20; i++) {
            assertThat(client.get(PATH, "exporter2", "tierline-demo").status()).isEqualTo(200);
        }
        assertThat(rowsFrom("127.0.0.16", "login.succeeded", before)).singleElement()
                .satisfies(row -> assertThat(row.get("channel").asText()).isEqualTo("api"));

        auditor.flush();

        assertThat(rowsFrom("127.0.0.16", "login.succeeded", before)).hasSize(2)
                .last().satisfies(row -> assertThat(row.get("count").asInt()).isEqualTo(20));
    }

    private long lastSequence() {
        return jdbc.queryForObject("select coalesce(max(sequence), 0) from audit_event", Long.class);
    }

    private List<JsonNode> rowsFrom(String address, String action, long after) {
        return jdbc.queryForList("select payload from audit_event where sequence > ? and action = ? "
                + "and payload like ? order by sequence", String.class, after, action, "%\"" + address + "\"%")
                .stream().map(this::parse).toList();
    }

    private JsonNode parse(String payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            throw new IllegalStateException(payload, e);
        }
    }

    private static Loopback.Response join(Future<Loopback.Response> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
