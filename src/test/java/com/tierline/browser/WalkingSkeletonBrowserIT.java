package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierline.support.ServedIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The walking skeleton's whole path in a real browser: an exporter files, the process pre-screens, one reviewer
 * claims while another is kept out, the decision reaches both exporters of the organisation and not a third,
 * and the auditor reads the timeline. Screenshots land in target/screenshots.
 */
@ServedIT
class WalkingSkeletonBrowserIT extends OneBrowserIT {

    @Test
    void exporterFilesReviewerDecidesAuditorReads() {
        browser = new Browser("http://localhost:" + port);
        try {
            walk(browser);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("failure");
            throw e;
        }
    }

    private void walk(Browser b) {

        // 1–2. exporter1 drafts, saves and submits a Tier 2 application
        b.signIn("exporter1");
        assertThat(b.text(By.id("current-user"))).contains("Northwind Compute");
        b.click(By.id("new-application"));
        b.choose("destination", "United Arab Emirates (AE)");
        b.fill("consignee-name", "Gulf Data Centres LLC");
        b.choose("consignee-country", "United Arab Emirates (AE)");
        b.fill("end-user-name", "National Weather Modelling Centre");
        b.choose("end-user-country", "United Arab Emirates (AE)");
        b.fill("end-use", "Training numerical weather prediction models in a certified data centre in Abu Dhabi.");
        b.fill("item-description", "NVIDIA H100 SXM5 80GB");
        b.fill("item-tpp", "15832");
        b.fill("item-density", "19.45");
        b.fill("item-quantity", "2000");
        b.fill("item-unit-value", "25000");
        b.click(By.id("add-item"));
        b.waitForText(By.id("items-totals"), "31,664,000");
        b.click(By.id("save-draft"));
        b.screenshot("01-exporter-draft");
        b.click(By.id("declaration"));
        b.click(By.id("submit-application"));
        String reference = b.text(By.id("case-reference"));
        assertThat(reference).matches("TL-\\d{4}-\\d{6}");
        // 3. the process pre-screened it: Tier 2, licence required, waiting for review
        b.waitForText(By.id("case-status"), "Under review");
        assertThat(b.text(By.id("screening-result"))).contains("Tier 2 destination").contains("90 FR 4544");
        b.screenshot("02-exporter-submitted");
        b.signOut();

        // 4. reviewer1 finds it in the team queue, claims it and asks the exporter a question
        b.signIn("reviewer1");
        b.find(By.id("review-queue"));
        b.clickGridCell(reference);
        b.click(By.id("claim"));
        b.find(By.id("decision-reason"));
        b.screenshot("03-reviewer1-claimed");
        b.fill("decision-reason", "Please name the operator of the Abu Dhabi data centre.");
        b.click(By.id("request-information"));
        b.waitForText(By.id("case-status"), "Awaiting exporter");
        b.signOut();

        // the exporter answers; the case is re-screened and back in the queue
        b.signIn("exporter1");
        b.open("/applications/" + reference);
        assertThat(b.text(By.id("information-requests"))).contains("Please name the operator");
        b.fill("rfi-answer", "Gulf Data Centres LLC operates it; certificate attached to our records.");
        b.screenshot("03b-exporter-answers");
        b.click(By.id("send-reply"));
        b.waitForText(By.id("case-status"), "Under review");
        b.signOut();

        // the answer brings the case back to the reviewer who asked: in "Mine", still claimed, ready to decide
        b.signIn("reviewer1");
        b.find(By.id("review-queue"));
        b.click(By.id("queue-mine"));
        b.clickGridCell(reference);
        b.find(By.id("decision-reason"));
        b.signOut();

        // reviewer2 sees it as claimed and has no way to decide it
        b.signIn("reviewer2");
        b.find(By.id("review-queue"));
        b.click(By.id("queue-team"));
        // The case is in the team's queue (a grid draws only the rows and columns in view, so find its row).
        b.revealGridCell(reference);
        b.screenshot("04a-reviewer2-team-queue");
        b.open("/review/" + reference);
        assertThat(b.text(By.id("claimed-by-other"))).contains("Claimed by Ana Reviewer (reviewer1)");
        assertThat(b.driver.findElements(By.id("approve"))).isEmpty();
        assertThat(b.driver.findElements(By.id("deny"))).isEmpty();
        b.screenshot("04-reviewer2-sees-claimed");
        b.signOut();

        // reviewer1 approves; a reason is mandatory
        b.signIn("reviewer1");
        b.open("/review/" + reference);
        b.click(By.id("approve"));
        b.waitForText(By.cssSelector("#decision-reason"), "");
        assertThat(b.find(By.id("decision-reason")).getAttribute("invalid")).isNotNull();
        b.fill("decision-reason", "End user verified; volume is within the UAE allocation.");
        b.click(By.id("approve"));
        // the decision is asked about first, in words, with the safe choice focused
        b.waitForText(By.id("confirmation-consequence"), "Approve " + reference + ": 2,000 H100-equivalents to "
                + "United Arab Emirates (AE); licence valid until");
        b.waitForVaadin();
        assertThat(b.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("confirmation-cancel");
        b.screenshot("23-confirm-approve");
        b.click(By.id("confirmation-confirm"));
        b.waitForText(By.id("case-status"), "Approved");
        assertThat(b.text(By.id("case-timeline"))).contains("Approved: End user verified")
                .contains("The exporter answered the reviewer's question").doesNotContain("review.decided");
        b.find(By.id("decision-letter"));
        b.screenshot("05a-reviewer-after-approval");
        b.signOut();

        // 5. both Northwind exporters see the outcome and the reason
        for (String exporter : new String[] {"exporter1", "exporter2"}) {
            b.signIn(exporter);
            b.clickGridCell(reference);
            b.waitForText(By.id("case-status"), "Approved");
            assertThat(b.text(By.id("decision"))).contains("End user verified; volume is within the UAE allocation.");
            if (exporter.equals("exporter2")) {
                b.screenshot("05-exporter2-sees-decision");
            }
            b.signOut();
        }

        // exporter3 (Meridian Systems) sees nothing: not in the list, not by URL
        b.signIn("exporter3");
        b.find(By.id("my-applications"));
        assertThat(b.driver.getPageSource()).doesNotContain(reference);
        b.open("/applications/" + reference);
        assertThat(b.text(By.id("not-found"))).isEqualTo("Not found");
        assertThat(b.driver.getPageSource()).doesNotContain("Gulf Data Centres").doesNotContain("Approved");
        b.screenshot("06-exporter3-not-found");
        b.signOut();

        // 6. auditor1 reads the timeline, read-only
        b.signIn("auditor1");
        b.find(By.id("audit-cases"));
        b.clickGridCell(reference);
        b.waitForText(By.id("case-timeline"), "Approved: ");
        String timeline = b.text(By.id("case-timeline"));
        assertThat(timeline).contains("Submitted for export to", "Screened under rule set 2025-01-15",
                "Claimed by Ana Reviewer (reviewer1)", "Approved: ", "Erin Exporter (exporter1)",
                "Ana Reviewer (reviewer1)")
                .doesNotContain("application.submitted", "review.decided", "step: ", "{\"");
        // Read-only: besides signing out, only the bell, which opens the auditor's own notifications.
        assertThat(b.driver.findElements(By.tagName("vaadin-button")).stream()
                .filter(e -> !"notification-bell".equals(e.getAttribute("id"))).map(e -> e.getText().trim())
                .filter(t -> !t.isEmpty()).toList()).containsOnly("Sign out");
        b.screenshot("07-auditor-timeline");
        assertThat(b.text(By.id("screening-history"))).contains("rule set 2025-01-15").contains("Licence required");
        assertThat(b.text(By.id("current-step"))).isEqualTo("The process has ended.");
        b.open("/oversight");
        b.find(By.id("chart-allocations"));
        assertThat(b.text(By.id("decided"))).isNotEqualTo("0");
        b.screenshot("15-auditor-oversight");
        b.signOut();

        // the administrator sees the rule-set register and the restricted-party list
        b.signIn("admin1");
        b.open("/admin/rulesets");
        assertThat(b.text(By.id("rule-set-versions"))).contains("2025-01-15").contains("published");
        b.screenshot("08-admin-rule-sets");
        b.open("/admin/restricted-parties");
        b.waitForText(By.id("restricted-parties"), "Huawei Technologies");
        b.screenshot("09-admin-restricted-parties");
    }
}
