package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.support.Cases;
import com.tierline.support.ServedIT;
import com.tierline.support.SignIn;
import com.tierline.webhook.service.Receiver;
import com.tierline.webhook.service.WebhookDispatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organisation administrator adds an endpoint on the Webhooks page, copies the secret, and reads the delivery log
 * after a case of the organisation was filed: a refused first attempt, its retry time, then a resend.
 */
@ServedIT
class WebhooksBrowserIT extends OneBrowserIT {

    static final String PASSWORD = "harbour lantern quietly";

    @Autowired AppUserRepository accounts;
    @Autowired OrganisationRepository organisations;
    @Autowired PasswordEncoder encoder;
    @Autowired PlatformTransactionManager transactions;
    @Autowired WebhookDispatcher dispatcher;
    @Autowired ApplicationContext context;
    @Autowired Clock clock;

    final Receiver receiver = new Receiver();

    @AfterEach
    void closeTheReceiver() {
        receiver.close();
        SignIn.out();
    }

    @Test
    void theAdministratorAddsAnEndpointAndReadsItsDeliveryLogInWords() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 6);
        Organisation organisation = organisations.save(new Organisation("Harbour Compute " + id, "US"));
        String admin = "harbour-admin-" + id;
        String exporter = "harbour-exporter-" + id;
        accounts.save(new AppUser(admin, encoder.encode(PASSWORD), "Hana Harbour",
                Set.of(Role.EXPORTER, Role.ORG_ADMIN)).inOrganisation(organisation));
        accounts.save(new AppUser(exporter, encoder.encode(PASSWORD), "Eko Harbour", Set.of(Role.EXPORTER))
                .inOrganisation(organisation));
        new TransactionTemplate(transactions).executeWithoutResult(s -> accounts.waiveTwoFactor(List.of(admin)));

        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        b.driver.manage().window().setSize(new Dimension(1366, 768));
        b.signIn(admin, PASSWORD);
        b.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Webhooks']"));
        b.waitForText(By.tagName("h1"), "Webhooks");
        b.waitForText(By.id("webhook-endpoints-empty"), "No endpoints yet");

        b.fill("webhook-url", "http://example.com/hook");
        b.fill("webhook-description", "Order system");
        b.click(By.id("webhook-add"));
        b.waitForText(By.id("webhook-url"), "plain http:// is accepted only for this machine");

        b.fill("webhook-url", receiver.url());
        b.click(By.id("webhook-add"));
        b.waitForText(By.tagName("vaadin-dialog-overlay"), "will not show it again");
        String secret = b.driver.findElement(By.cssSelector("#webhook-secret input")).getAttribute("value");
        assertThat(secret).matches("whsec_[0-9a-f]{64}");
        b.click(By.id("webhook-secret-done"));

        String reference = Cases.in(context).filed(exporter, "SA");
        receiver.answering(500, 1);
        dispatcher.sendDue(clock.instant());

        b.open("/organisation/webhooks");
        b.click(By.xpath("//vaadin-button[starts-with(@id,'webhook-log-')]"));
        b.waitForText(By.id("webhook-deliveries"), reference + " moved from Draft to Submitted");
        String log = b.text(By.id("webhook-deliveries"));
        assertThat(log).contains("Failed once; next try at", "HTTP 500 Internal Server Error", "Delivered",
                "HTTP 204 No Content").doesNotContain("Waiting to be sent", "PENDING", "DELIVERED", "status_changed");
        b.click(By.xpath("(//vaadin-button[starts-with(@id,'webhook-resend-')])[1]"));
        dispatcher.sendDue(clock.instant());
        b.click(By.xpath("//vaadin-button[starts-with(@id,'webhook-log-')]"));
        b.waitForText(By.id("webhook-deliveries"), "Delivered (sent again)");
        ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'});", b.driver.findElement(By.id("webhook-log-title")));
        b.screenshot("52-webhooks");
        Path shot = Path.of("target", "screenshots", "52-webhooks.png");
        Files.createDirectories(Path.of("docs", "screenshots"));
        Files.copy(shot, Path.of("docs", "screenshots", "52-webhooks.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
