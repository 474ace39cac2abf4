package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.identity.domain.Role;
import com.tierline.support.ServedIT;
import com.tierline.support.TwoFactorUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A new reviewer's first sign-in in a real browser: the password leads to enrolment and nowhere else; the QR
 * code's key and a first code turn it on and show the recovery codes; the next sign-in asks for a code, refuses a
 * wrong one, takes the right one under a new session id. The API will not take that reviewer's password alone.
 */
@ServedIT
class TwoFactorBrowserIT extends OneBrowserIT {

    @Autowired ApplicationContext context;

    @Test
    void aNewReviewerEnrolsOnTheFirstSignInAndIsAskedForACodeOnTheNext() throws Exception {
        String reviewer = new TwoFactorUsers(context).create("browser-reviewer", Role.REVIEWER);
        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        b.driver.manage().window().setSize(new Dimension(1366, 768));

        b.submitPassword(reviewer);
        b.find(By.id("two-factor-qr"));
        b.open("/review");
        assertThat(b.driver.getCurrentUrl()).as("nothing but enrolment before it is done").endsWith("/review");
        String secret = b.text(By.id("two-factor-secret")).replace(" ", "");
        assertThat(b.driver.findElements(By.id("review-queue"))).isEmpty();
        b.screenshot("two-factor-enrolment-1366");
        b.fill("enrol-code", TwoFactorUsers.code(secret, 0));
        b.click(By.id("enrol-confirm"));
        b.waitForText(By.id("two-factor-status"), "Two-factor sign-in is on.");
        assertThat(b.driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        b.screenshot("two-factor-recovery-codes-1366");
        b.click(By.id("two-factor-home"));
        b.find(By.id("logout"));
        b.open("/review");
        b.find(By.id("review-queue"));
        b.signOut();

        b.submitPassword(reviewer);
        b.find(By.id("two-factor-code"));
        String halfSignedIn = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
        b.fill("two-factor-code", "000000");
        b.click(By.id("two-factor-submit"));
        b.waitForText(By.cssSelector("#two-factor-code [slot='error-message']"), "The code is not correct");
        b.screenshot("two-factor-code-refused-1366");
        b.fill("two-factor-code", TwoFactorUsers.code(secret, 1));
        b.click(By.id("two-factor-submit"));
        b.find(By.id("logout"));
        assertThat(b.driver.manage().getCookieNamed("JSESSIONID").getValue()).as("a new session id")
                .isNotEqualTo(halfSignedIn);
        b.open("/review");
        b.find(By.id("review-queue"));
        b.signOut();

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/rulesets/current")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((reviewer + ":" + TwoFactorUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains("signs in with a second factor");
    }
}
