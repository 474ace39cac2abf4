package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.Loopback;
import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Guessing passwords: five wrong ones in a row lock the account, even against the right one, until it expires;
 * in parallel no more passwords are checked than that, and locked, unknown and wrong all get the same answer.
 * The parallel attacks each come from a loopback address of their own, so that their throttling stays theirs.
 */
@ServedIT
class LockoutIT {

    static final String PATH = "/api/v1/rulesets/current";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;
    @Value("${tierline.security.max-failed-sign-ins}") int limit;

    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService attackers = Executors.newFixedThreadPool(40);

    @AfterEach
    void stopAttackers() {
        attackers.shutdownNow();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessageUntilTheLockExpires() throws Exception {
        account("guessme");

        assertThat(call("guessme", "right-password").statusCode()).isEqualTo(200);
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> wrong = call("guessme", "wrong-" + attempt);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("Sign in with HTTP Basic");
        }
        assertThat(call("guessme", "right-password").statusCode()).as("a success clears the count").isEqualTo(200);
        for (int attempt = 1; attempt <= 5; attempt++) {
            call("guessme", "wrong-" + attempt);
        }
        HttpResponse<String> locked = call("guessme", "right-password");
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).as("the same answer as a wrong password").contains("Sign in with HTTP Basic");
        assertThat(jdbc.queryForObject("select locked_until from app_user where username = 'guessme'",
                Timestamp.class).toInstant()).isAfter(Instant.now().plusSeconds(14 * 60));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.locked' "
                + "and actor = 'guessme'", Integer.class)).isEqualTo(1);

        jdbc.update("update app_user set locked_until = ? where username = 'guessme'",
                Timestamp.from(Instant.now().minusSeconds(1)));
        assertThat(call("guessme", "right-password").statusCode()).as("the lock has expired").isEqualTo(200);
        assertThat(jdbc.queryForObject("select locked_until from app_user where username = 'guessme'",
                Timestamp.class)).isNull();
    }

    @Test
    void fortyWrongPasswordsInParallelCheckNoMorePasswordsThanTheLimitAndAreNeverRedirected() throws Exception {
        account("burst40");
        Loopback client = new Loopback("127.0.0.11", port);

        List<Loopback.Response> answers = all(40, i -> () -> client.get(PATH, "burst40", "wrong-" + i));
        System.out.printf("40 wrong in parallel: answers %s, passwords checked %d%n", statuses(answers),
                passwordsChecked("burst40"));

        assertThat(answers).extracting(Loopback.Response::status).as("401 or 429, never 302 or 200")
                .allMatch(status -> status == 401 || status == 429);
        assertThat(answers).filteredOn(a -> a.status() == 429)
                .allSatisfy(a -> assertThat(Long.parseLong(a.header("Retry-After"))).isPositive());
        assertThat(passwordsChecked("burst40")).as("wrong passwords actually checked").isEqualTo(limit);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.locked' "
                + "and actor = 'burst40'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select failed_sign_ins from app_user where username = 'burst40'",
                Integer.class)).isLessThanOrEqualTo(limit);
    }

    @Test
    void theRightPasswordSentWhileThirtyNineWrongOnesAreStillArrivingCannotGetInOnceTheLimitIsReached()
            throws Exception {
        account("burst39");
        Loopback client = new Loopback("127.0.0.12", port);
        CountDownLatch limitReached = new CountDownLatch(limit);

        List<CompletableFuture<Loopback.Response>> wrong = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 39; i++) {
            String password = "wrong-" + i;
            wrong.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                Loopback.Response answer = client.get(PATH, "burst39", password);
                if (answer.status() == 401) {
                    // Checked and wrong, or refused for want of attempts: either way the limit is taken.
                    limitReached.countDown();
                }
                return answer;
            }, attackers));
        }
        start.countDown();
        assertThat(limitReached.await(60, TimeUnit.SECONDS)).isTrue();
        Loopback.Response right = client.get(PATH, "burst39", "right-password");

        System.out.printf("39 wrong + the right one: right answered %d, wrong answers %s, passwords checked %d%n",
                right.status(), statuses(wrong.stream().map(CompletableFuture::join).toList()),
                passwordsChecked("burst39"));
        assertThat(right.status()).as("the right password, after the limit").isIn(401, 429);
        assertThat(wrong).extracting(CompletableFuture::join).extracting(Loopback.Response::status)
                .allMatch(status -> status == 401 || status == 429);
        assertThat(passwordsChecked("burst39")).isEqualTo(limit);
    }

    @Test
    void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswerInTheSameTime() throws Exception {
        account("samewrong");
        account("samelocked");
        jdbc.update("update app_user set locked_until = ? where username = 'samelocked'",
                Timestamp.from(Instant.now().plusSeconds(600)));
        Loopback client = new Loopback("127.0.0.14", port);

        long[] unknown = new long[4];
        long[] wrong = new long[4];
        long[] locked = new long[4];
        List<Loopback.Response> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String n = String.valueOf(i);
            unknown[i] = timed(answers, () -> client.get(PATH, "nobody-" + n, "right-password"));
            wrong[i] = timed(answers, () -> client.get(PATH, "samewrong", "wrong-" + n));
            locked[i] = timed(answers, () -> client.get(PATH, "samelocked", "right-password"));
        }

        assertThat(answers).extracting(Loopback.Response::status).containsOnly(401);
        assertThat(answers).extracting(Loopback.Response::body).containsOnly(answers.get(0).body());
        assertThat(answers).extracting(a -> a.header("WWW-Authenticate")).containsOnly("Basic realm=\"Tierline API\"");
        // Each runs one BCrypt check (the unknown and the locked one against a dummy hash); without it they would
        // answer in a few milliseconds against BCrypt's tens. A generous factor, for a busy machine.
        long wrongMedian = median(wrong);
        System.out.printf("sign-in refusal medians: unknown %d ms, wrong %d ms, locked %d ms%n",
                median(unknown), wrongMedian, median(locked));
        assertThat(median(unknown)).isGreaterThan(wrongMedian / 4);
        assertThat(median(locked)).isGreaterThan(wrongMedian / 4);
    }

    private void account(String username) {
        Long organisation = jdbc.queryForObject("select id from organisation where name = 'Meridian Systems'",
                Long.class);
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from app_user", Long.class);
        jdbc.update("insert into app_user (id, username, password_hash, display_name, organisation_id, enabled, "
                + "version, failed_sign_ins) values (?, ?, ?, 'Gus Guess', ?, true, 0, 0)", id, username,
                encoder.encode("right-password"), organisation);
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'EXPORTER')", id);
    }

    private static java.util.Map<Integer, Long> statuses(List<Loopback.Response> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(Loopback.Response::status,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    private int passwordsChecked(String username) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'login.failed' and actor = ? "
                + "and payload like '%wrong password%'", Integer.class, username);
    }

    private List<Loopback.Response> all(int n, java.util.function.IntFunction<Supplier<Loopback.Response>> call) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Loopback.Response>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Supplier<Loopback.Response> one = call.apply(i);
            calls.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return one.get();
            }, attackers));
        }
        start.countDown();
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long timed(List<Loopback.Response> answers, Supplier<Loopback.Response> call) {
        long started = System.nanoTime();
        answers.add(call.get());
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long median(long[] millis) {
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private HttpResponse<String> call(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
