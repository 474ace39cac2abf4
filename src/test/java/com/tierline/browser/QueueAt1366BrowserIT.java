package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.Cases;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A reviewer on a 1366 × 768 laptop screen sees every column that matters in the queue, without scrolling sideways. */
@ServedIT
class QueueAt1366BrowserIT extends OneBrowserIT {

    private static final List<String> MUST_SHOW = List.of("Reference", "Destination", "Tier", "Status", "Due",
            "Claimed by");

    @Autowired ApplicationContext context;
    @Autowired SecurityContextHolderStrategy strategy;

    @Test
    void theQueueShowsReferenceDestinationTierStatusDueAndClaimedByInsideTheWindow() {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        Cases cases = Cases.in(context);
        String claimed = cases.claimed("exporter1", "AE", "reviewer1");
        cases.filed("exporter1", "SA");
        SignIn.out();

        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        b.driver.manage().window().setSize(new Dimension(1366, 768));
        b.signIn("reviewer1");
        b.open("/review");
        b.click(By.id("queue-team"));
        // Other tests in this shared context file cases too, so the page holds rows, not necessarily these two.
        b.waitForText(By.id("review-queue"), claimed.substring(0, "TL-2026-".length()));
        b.screenshot("20-queue-1366");

        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) b.driver).executeScript("""
                const grid = document.getElementById('review-queue');
                const table = grid.shadowRoot.querySelector('#table');
                const headers = {};
                grid.querySelectorAll('vaadin-grid-cell-content').forEach(cell => {
                  const text = cell.textContent.trim();
                  const box = cell.getBoundingClientRect();
                  if (text && box.width > 0 && !(text in headers)) {
                    headers[text] = [box.left, box.right, cell.scrollWidth > cell.clientWidth + 1];
                  }
                });
                return {viewport: document.documentElement.clientWidth, scrollWidth: table.scrollWidth,
                        clientWidth: table.clientWidth, headers: headers};
                """);
        double viewport = ((Number) layout.get("viewport")).doubleValue();
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> headers = (Map<String, List<Object>>) layout.get("headers");
        for (String header : MUST_SHOW) {
            assertThat(headers).as("the queue has a column " + header).containsKey(header);
            List<Object> box = headers.get(header);
            assertThat(((Number) box.get(0)).doubleValue()).as(header + " starts inside the window").isGreaterThanOrEqualTo(0);
            assertThat(((Number) box.get(1)).doubleValue()).as(header + " ends inside the window")
                    .isLessThanOrEqualTo(viewport);
            assertThat(box.get(2)).as(header + "'s header is not cut").isEqualTo(false);
        }
        assertThat(((Number) layout.get("scrollWidth")).doubleValue()).as("no horizontal scrolling in the grid")
                .isLessThanOrEqualTo(((Number) layout.get("clientWidth")).doubleValue() + 1);
    }
}
