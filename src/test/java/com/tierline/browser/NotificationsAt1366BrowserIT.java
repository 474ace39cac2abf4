package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.service.Mailer;
import com.tierline.notification.service.Notifications;
import com.tierline.notification.service.Notifications.Notice;
import com.tierline.notification.service.Notifications.Recipient;
import com.tierline.support.ServedIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The bell and the Notifications page an exporter sees, and the administrator's Outbox, on a 1366 × 768 screen:
 * counts and kinds in words. The screenshots are what a person reviewing the pages looks at.
 */
@ServedIT
class NotificationsAt1366BrowserIT extends OneBrowserIT {

    @org.springframework.beans.factory.annotation.Autowired Notifications notifications;
    @org.springframework.beans.factory.annotation.Autowired Mailer mailer;

    @Test
    void theBellCountsWhatIsUnreadAndTheOutboxShowsTheMail() {
        for (String organisation : List.of("Northwind Compute", "Northwind Compute Europe")) {
            notifications.notify(new Notice(List.of(new Recipient("exporter2", "exporter2@northwind.example")),
                    NotificationKind.ORGANISATION_APPROVED, null, Map.of("name", "Eli Exporter", "organisation",
                            organisation, "username", "exporter2", "link", "http://localhost/login"), null));
        }
        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        b.driver.manage().window().setSize(new Dimension(1366, 768));
        b.signIn("exporter2");

        b.open("/notifications");
        b.waitForText(By.id("notifications-grid"), "Northwind Compute Europe is approved on Tierline");
        assertThat(b.driver.findElement(By.id("notification-bell")).getAttribute("aria-label"))
                .matches("\\d+ unread notifications?");
        assertThat(b.text(By.tagName("body"))).contains("Your organisation is approved", "Mark all as read")
                .doesNotContain("ORGANISATION_APPROVED");
        b.screenshot("50-notifications");

        b.signOut();
        b.signIn("admin1");
        b.open("/admin/outbox");
        b.waitForText(By.id("outbox-attempts"), "exporter2@northwind.example");
        assertThat(b.text(By.tagName("body"))).contains("Sent", "Your organisation is approved")
                .doesNotContain("registration-approved", "SENT");
        Object widths = ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                "const t = document.getElementById('outbox-attempts').shadowRoot.getElementById('table');"
                        + "return [t.scrollWidth, t.clientWidth];");
        @SuppressWarnings("unchecked")
        List<Number> scroll = (List<Number>) widths;
        assertThat(scroll.get(0).longValue()).as("the attempts fit their box: no sideways scroll")
                .isLessThanOrEqualTo(scroll.get(1).longValue());
        b.screenshot("51-outbox");
    }
}
