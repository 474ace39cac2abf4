package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Guessing passwords: five wrong ones in a row lock the account, even against the right one, until it expires. */
@ServedIT
class LockoutIT {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder encoder;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessageUntilTheLockExpires() throws Exception {
        Long organisation = jdbc.queryForObject("select id from organisation where name = 'Meridian Systems'",
                Long.class);
        Long id = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from app_user", Long.class);
        jdbc.update("insert into app_user (id, username, password_hash, display_name, organisation_id, enabled, "
                + "version, failed_sign_ins) values (?, 'guessme', ?, 'Gus Guess', ?, true, 0, 0)", id,
                encoder.encode("right-password"), organisation);
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'EXPORTER')", id);

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
        assertThat(locked.body()).contains("This account is locked after repeated failed sign-ins");
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

    private HttpResponse<String> call(String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rulesets/current"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
