package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.ServedIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** The auditor verifies the chain on the case search screen and reads the result, checkpoints included, in words. */
@ServedIT
class AuditChainBrowserIT extends OneBrowserIT {

    @Test
    void theAuditorReadsTheChainsVerificationInWords() throws Exception {
        browser = new Browser("http://localhost:" + port);
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        browser.signIn("auditor1");
        // An oversight body has fetched the checkpoints, which signs the head: the auditor's sign-in, logged, is then
        // vouched for by a checkpoint to speak of.
        HttpResponse<String> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/audit/checkpoints")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString("auditor1:tierline-demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.statusCode()).isEqualTo(200);
        browser.open("/audit/cases");

        browser.click(By.id("verify-chain"));

        browser.waitForText(By.id("chain-status"), "Chain intact: ");
        browser.screenshot("audit-chain-verified");
        assertThat(browser.text(By.id("chain-status"))).contains("every link recomputed")
                .contains("signed checkpoint").contains(" UTC with key ")
                .doesNotContain("null").doesNotContain("Checkpoint[");
    }
}
