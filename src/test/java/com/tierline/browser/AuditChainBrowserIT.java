package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.ServedIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The auditor verifies the chain on the case search screen and reads the result, checkpoints included, in words. */
@ServedIT
class AuditChainBrowserIT {

    @LocalServerPort int port;
    static Browser browser;

    @BeforeAll
    static void requireChromium() {
        Browser.requireOrSkip();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAuditorReadsTheChainsVerificationInWords() {
        browser = new Browser("http://localhost:" + port);
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        browser.signIn("auditor1");
        browser.open("/audit/cases");

        browser.click(By.id("verify-chain"));

        browser.waitForText(By.id("chain-status"), "Chain intact: ");
        browser.screenshot("audit-chain-verified");
        assertThat(browser.text(By.id("chain-status"))).contains("every link recomputed")
                .doesNotContain("null").doesNotContain("Checkpoint[");
    }
}
