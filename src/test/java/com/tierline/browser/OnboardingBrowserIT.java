package com.tierline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.support.ServedIT;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15's walk: a new organisation registers, admin1 approves it, its administrator invites a colleague, who
 * opens the mailed link, sets a password, signs in and files a case.
 */
@ServedIT
class OnboardingBrowserIT extends OneBrowserIT {

    static final String FOUNDER_PASSWORD = "violet kestrel over the weir";
    static final String COLLEAGUE_PASSWORD = "seven paper boats at dawn";

    @Autowired GreenMail smtp;
    @Autowired OrganisationRepository organisations;

    @Test
    void anOrganisationRegistersIsApprovedInvitesAColleagueWhoFilesACase() {
        browser = new Browser("http://localhost:" + port);
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
        try {
            walk(browser);
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("onboarding-failure");
            throw e;
        }
    }

    private void walk(Browser b) {
        b.open("/login");
        b.click(By.id("register-link"));
        b.fill("register-organisation", "Rhein Silicon GmbH");
        b.choose("register-country", "Germany (DE)");
        b.fill("register-headquarters", "Kaiserstraße 12, Frankfurt am Main");
        b.fill("register-registration-number", "HRB 118812");
        b.fill("register-name", "Greta Gründer");
        b.fill("register-email", "greta@rhein-silicon.example");
        b.fill("register-username", "greta");
        b.fill("register-password", "password1234");
        b.click(By.id("register-submit"));
        b.waitForText(By.id("register-password"), "common or leaked passwords");
        b.screenshot("30-register-weak-password");
        b.fill("register-password", FOUNDER_PASSWORD);
        b.click(By.id("register-submit"));
        b.waitForText(By.id("register-done"), "pending review");
        b.screenshot("31-register-done");

        b.signIn("greta", FOUNDER_PASSWORD);
        b.waitForText(By.id("organisation-status"), "pending review");
        assertThat(b.driver.findElements(By.id("new-application"))).isEmpty();
        b.screenshot("32-organisation-pending");
        b.signOut();

        b.signIn("admin1");
        b.open("/admin/registrations");
        Long id = organisations.findByName("Rhein Silicon GmbH").orElseThrow().getId();
        b.waitForText(By.id("registrations-grid"), "Rhein Silicon GmbH");
        b.screenshot("33-admin-registrations");
        b.click(By.id("approve-" + id));
        b.find(By.id("no-registrations"));
        b.signOut();
        assertThat(mail("greta@rhein-silicon.example", "Rhein Silicon GmbH is approved")).contains("greta");

        b.signIn("greta", FOUNDER_PASSWORD);
        b.open("/organisation/colleagues");
        b.fill("invite-name", "Jonas Kollege");
        b.fill("invite-email", "jonas@rhein-silicon.example");
        b.click(By.id("invite-submit"));
        b.waitForText(By.id("invitations-grid"), "jonas@rhein-silicon.example");
        b.screenshot("34-colleagues-invited");
        b.signOut();

        String body = mail("jonas@rhein-silicon.example", "invites you to Rhein Silicon GmbH");
        Matcher link = Pattern.compile("(http://\\S+/invitation\\?token=[A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).as("an invitation link in%n%s", body).isTrue();
        b.driver.get(link.group(1));
        b.waitForVaadin();
        b.fill("invitation-username", "jonas");
        b.fill("invitation-password", COLLEAGUE_PASSWORD);
        b.screenshot("35-invitation-accept");
        b.click(By.id("invitation-submit"));
        b.waitForText(By.id("invitation-done"), "Your account jonas is ready");

        b.signIn("jonas", COLLEAGUE_PASSWORD);
        assertThat(b.text(By.id("current-user"))).contains("Rhein Silicon GmbH");
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
        b.click(By.id("add-item"));
        b.click(By.id("declaration"));
        b.click(By.id("submit-application"));
        b.waitForText(By.id("case-status"), "Under review");
        assertThat(b.text(By.id("case-reference"))).matches("TL-\\d{4}-\\d{6}");
        b.screenshot("36-colleague-filed");
    }

    /** The body of the mail to {@code to} whose subject contains {@code subject}, once the server has it. */
    private String mail(String to, String subject) {
        MimeMessage message = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst(), java.util.Optional::isPresent).orElseThrow();
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }
}
