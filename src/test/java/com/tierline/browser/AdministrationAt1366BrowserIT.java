package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.support.ServedIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The administrator's Users, Organisations and Teams pages on a 1366 × 768 screen, with a row open in the form:
 * roles and statuses read as words, never as codes. The screenshots are what a person reviewing the pages looks at.
 */
@ServedIT
class AdministrationAt1366BrowserIT extends OneBrowserIT {

    @Test
    void theAdministrationPagesShowRolesAndStatusesInWords() {
        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        b.driver.manage().window().setSize(new Dimension(1366, 768));
        b.signIn("admin1");

        b.open("/admin/users");
        b.clickGridCell("senior1");
        b.waitForText(By.id("user-editor"), "Edit senior1");
        String users = b.text(By.tagName("body"));
        assertThat(users).contains("Reviewer, Senior reviewer", "Administrator").doesNotContain("SENIOR_REVIEWER",
                "ADMIN", "EXPORTER");
        b.screenshot("40-admin-users-1366");

        b.open("/admin/organisations");
        b.clickGridCell("Meridian Systems");
        b.waitForText(By.id("organisation-editor"), "Edit Meridian Systems");
        assertThat(b.text(By.tagName("body"))).contains("Approved", "United States").doesNotContain("APPROVED");
        b.screenshot("41-admin-organisations-1366");

        b.open("/admin/teams");
        b.waitForText(By.id("teams"), "Ana Reviewer (reviewer1)");
        b.screenshot("42-admin-teams-1366");
    }
}
