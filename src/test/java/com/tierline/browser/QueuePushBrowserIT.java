package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierline.support.Cases;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Two reviewers on the unassigned queue: when one claims, the case leaves the other's grid without a refresh. */
@ServedIT
class QueuePushBrowserIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired SecurityContextHolderStrategy strategy;

    @BeforeAll
    static void requireChromium() {
        Browser.requireOrSkip();
    }

    @Test
    void aClaimedCaseLeavesTheOtherReviewersGridWithoutARefresh() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        Cases cases = Cases.in(context);
        String reference = cases.filed("exporter1", "AE");
        cases.filed("exporter1", "AE"); // stays unassigned, for the bulk bar
        SignIn.out();

        try (Browser ana = new Browser("http://localhost:" + port);
                Browser ravi = new Browser("http://localhost:" + port)) {
            ana.signIn("reviewer1");
            ravi.signIn("reviewer2");
            ana.revealGridCell(reference);
            ravi.revealGridCell(reference);

            int unassigned = count(ravi.find(By.id("queue-unassigned")));
            ana.clickGridCell(reference);
            ana.click(By.id("claim"));
            ana.find(By.id("decision-reason"));

            // Ravi does nothing: the push alone must take the case out of his unassigned queue and its count.
            new WebDriverWait(ravi.driver, Duration.ofSeconds(15)).until(d -> !d.findElement(By.id("review-queue"))
                    .getText().contains(reference)
                    && count(d.findElement(By.id("queue-unassigned"))) == unassigned - 1);
            ravi.screenshot("10-reviewer2-queue-after-push");
            assertThat(ravi.text(By.id("queue-unassigned"))).startsWith("Unassigned");

            // The bulk bar is not on the page until a case is selected.
            assertThat(ravi.driver.findElements(By.id("bulk-claim"))).isEmpty();
            WebElement rowBox = ravi.driver.findElements(By.cssSelector(
                    "#review-queue > vaadin-grid-cell-content > vaadin-checkbox")).stream()
                    .filter(box -> box.isDisplayed() && !"selectAllCheckbox".equals(box.getDomAttribute("id")))
                    .findFirst().orElseThrow();
            // Ticked as a click event on the box itself: a row drawn at the top of a long grid may sit under the
            // fixed header, which would take a click made at the box's position on the screen.
            ((JavascriptExecutor) ravi.driver).executeScript(
                    "(arguments[0].querySelector('input') || arguments[0]).click();", rowBox);
            ravi.waitForText(By.id("bulk-count"), "1 case selected");
            assertThat(ravi.find(By.id("bulk-claim")).isDisplayed()).isTrue();
            ravi.screenshot("11-reviewer2-one-case-selected");
        }
    }

    /** The number on a queue tab's badge, e.g. 12 of "Unassigned 12" (WebDriver's visible text leaves badges out). */
    private static int count(WebElement tab) {
        return Integer.parseInt(tab.getDomProperty("textContent").replaceAll("\\D", ""));
    }
}
