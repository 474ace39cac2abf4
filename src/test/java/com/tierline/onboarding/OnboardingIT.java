package com.tierline.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.Colleagues;
import com.tierline.identity.service.OrganisationRegistrations;
import com.tierline.identity.service.OrganisationRegistrations.PendingRegistration;
import com.tierline.identity.service.OrganisationRegistrations.Registration;
import com.tierline.identity.service.Passwords;
import com.tierline.identity.service.SignedInUser;
import com.tierline.notification.domain.SentMail;
import com.tierline.notification.domain.SentMailRepository;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Registration, approval, invitation and password links, each ending in a mail the embedded SMTP server got. */
@TierlineIT
class OnboardingIT {

    static final String PASSWORD = "orchard lantern seventeen";

    @Autowired OrganisationRegistrations registrations;
    @Autowired Colleagues colleagues;
    @Autowired Passwords passwords;
    @Autowired UserDetailsService users;
    @Autowired AppUserRepository accounts;
    @Autowired SentMailRepository sentMail;
    @Autowired PasswordEncoder encoder;
    @Autowired GreenMail smtp;
    @Autowired SessionRegistry sessions;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRegisteredOrganisationIsPendingItsUserHasNoExporterRoleUntilAnAdministratorApprovesIt() throws Exception {
        String id = unique();
        registrations.register(registration(id), "203.0.113.1");

        MimeMessage received = mailTo(id + "@acme.example", "We have received the registration of Acme " + id);
        assertThat(GreenMailUtil.getBody(received)).contains("applicant-" + id + " to see where it stands");
        SignedInUser pending = (SignedInUser) users.loadUserByUsername("applicant-" + id);
        assertThat(pending.getAuthorities()).isEmpty();
        assertThat(pending.organisationStanding()).hasValueSatisfying(s -> assertThat(s)
                .contains("pending review"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentMail
                .findByRecipientOrderByIdAsc(id + "@acme.example")).extracting(SentMail::getOutcome, SentMail::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SentMail.Outcome.SENT, "registration-received")));

        SignIn.as(users, "admin1");
        PendingRegistration row = registrations.pending().stream().filter(r -> r.organisation().equals("Acme " + id))
                .findFirst().orElseThrow();
        assertThat(row.applicantEmail()).isEqualTo(id + "@acme.example");
        registrations.approve(row.organisationId());

        mailTo(id + "@acme.example", "Acme " + id + " is approved on Tierline");
        SignedInUser approved = (SignedInUser) users.loadUserByUsername("applicant-" + id);
        assertThat(approved.roles()).containsExactlyInAnyOrder(Role.EXPORTER, Role.ORG_ADMIN);
        assertThatThrownBy(() -> registrations.approve(row.organisationId()))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("decided already");
    }

    @Test
    void aRefusalNeedsAReasonWhichTheApplicantIsToldAndSees() throws Exception {
        String id = unique();
        registrations.register(registration(id), "203.0.113.2");
        SignIn.as(users, "admin1");
        Long organisation = registrations.pending().stream().filter(r -> r.organisation().equals("Acme " + id))
                .findFirst().orElseThrow().organisationId();
        assertThatThrownBy(() -> registrations.refuse(organisation, "  ")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> assertThat(e.about("reason")).isPresent());

        registrations.refuse(organisation, "No export registration number could be verified.");

        assertThat(GreenMailUtil.getBody(mailTo(id + "@acme.example", "The registration of Acme " + id
                + " was refused"))).contains("No export registration number could be verified.");
        SignedInUser refused = (SignedInUser) users.loadUserByUsername("applicant-" + id);
        assertThat(refused.getAuthorities()).isEmpty();
        assertThat(refused.organisationStanding()).hasValue("The registration of Acme " + id
                + " was refused: No export registration number could be verified.");
    }

    @Test
    void registrationRefusesDuplicatesBadAddressesAndWeakPasswordsAtTheirFieldsAndSavesNothing() {
        String id = unique();
        registrations.register(registration(id), "203.0.113.3");
        long before = accounts.count();
        Registration again = new Registration("ACME " + id.toUpperCase(), "US", "Boston", "R-1", "Ann",
                id + "@ACME.example", "Applicant-" + id, "password1234");
        assertThatThrownBy(() -> registrations.register(again, "203.0.113.3")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> {
                    assertThat(e.about("organisation").orElseThrow().code()).isEqualTo("organisation.taken");
                    assertThat(e.about("email").orElseThrow().code()).isEqualTo("email.taken");
                    assertThat(e.about("username").orElseThrow().code()).isEqualTo("username.taken");
                    assertThat(e.about("password").orElseThrow().code()).isEqualTo("password.common");
                });
        Registration malformed = new Registration("Other " + id, "XX", "Boston", "R-1", "Ann", "ann@", "a b",
                "short");
        assertThatThrownBy(() -> registrations.register(malformed, "203.0.113.3")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> assertThat(e.refusals()).extracting(r -> r.field())
                        .contains("country", "email", "username", "password"));
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void registrationsAreThrottledPerClientAddress() {
        for (int i = 0; i < 5; i++) {
            registrations.register(registration(unique()), "198.51.100.77");
        }
        assertThatThrownBy(() -> registrations.register(registration(unique()), "198.51.100.77"))
                .isInstanceOfSatisfying(AccountRefusedException.class, e -> assertThat(e.refusals().get(0).code())
                        .isEqualTo("registration.throttled"));
        registrations.register(registration(unique()), "198.51.100.78");
    }

    @Test
    void anInvitedColleagueChoosesAUserNameAndPasswordOnceAndThenFiles() throws Exception {
        String id = unique();
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> colleagues.invite("Nina", id + "@northwind.example", false))
                .as("exporter1 is no organisation administrator").isInstanceOf(AccessDeniedException.class);
        String admin = approvedOrganisation(id);
        SignIn.as(users, admin);
        colleagues.invite("Nina Colleague", "nina-" + id + "@acme.example", false);
        SignIn.out();

        String body = GreenMailUtil.getBody(mailTo("nina-" + id + "@acme.example", "invites you to Acme " + id));
        String token = token(body, "invitation");
        assertThat(colleagues.invitation(token)).hasValueSatisfying(i -> assertThat(i.organisation())
                .isEqualTo("Acme " + id));
        assertThatThrownBy(() -> colleagues.accept(token, "nina-" + id, "qwerty123456"))
                .isInstanceOfSatisfying(AccountRefusedException.class, e -> assertThat(e.about("password")).isPresent());
        colleagues.accept(token, "nina-" + id, PASSWORD);

        SignedInUser nina = (SignedInUser) users.loadUserByUsername("nina-" + id);
        assertThat(nina.roles()).containsExactly(Role.EXPORTER);
        assertThat(nina.organisationName()).isEqualTo("Acme " + id);
        assertThat(encoder.matches(PASSWORD, nina.getPassword())).isTrue();
        assertThat(colleagues.invitation(token)).as("single use").isEmpty();
        assertThatThrownBy(() -> colleagues.accept(token, "nina2-" + id, PASSWORD))
                .isInstanceOfSatisfying(AccountRefusedException.class, e -> assertThat(e.refusals().get(0).code())
                        .isEqualTo("invitation.closed"));
        assertThat(colleagues.invitation("not-a-token")).isEmpty();
    }

    @Test
    void anOrganisationAdministratorDeactivatesColleaguesOfItsOwnOrganisationOnly() {
        String id = unique();
        String admin = approvedOrganisation(id);
        SignIn.as(users, admin);
        assertThatThrownBy(() -> colleagues.deactivate("exporter1")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> assertThat(e.getMessage()).contains("no colleague exporter1"));
        assertThat(accounts.findByUsername("exporter1").orElseThrow().isEnabled()).isTrue();
        assertThatThrownBy(() -> colleagues.deactivate(admin)).isInstanceOf(AccountRefusedException.class);
        assertThat(colleagues.list()).extracting(Colleagues.Colleague::username).containsExactly(admin);
    }

    @Test
    void aDeactivatedColleaguesOpenBrowserSessionEnds() throws Exception {
        String id = unique();
        String admin = approvedOrganisation(id);
        SignIn.as(users, admin);
        colleagues.invite("Otto Colleague", "otto-" + id + "@acme.example", false);
        SignIn.out();
        String token = token(GreenMailUtil.getBody(mailTo("otto-" + id + "@acme.example", "invites you to Acme " + id)),
                "invitation");
        colleagues.accept(token, "otto-" + id, PASSWORD);
        // As the sign-in form's session strategy does when Otto signs in.
        sessions.registerNewSession("otto-browser-" + id, users.loadUserByUsername("otto-" + id));

        SignIn.as(users, admin);
        colleagues.deactivate("otto-" + id);

        assertThat(sessions.getSessionInformation("otto-browser-" + id).isExpired()).isTrue();
        sessions.removeSessionInformation("otto-browser-" + id);
    }

    @Test
    void aResetLinkWorksOnceAndTheAnswerIsTheSameForUnknownAddresses() throws Exception {
        String id = unique();
        String admin = approvedOrganisation(id);
        assertThat(passwords.requestReset("nobody-" + id + "@acme.example", "192.0.2.10")).isTrue();
        assertThat(passwords.requestReset(id + "@ACME.example ", "192.0.2.10")).isTrue();

        String token = token(GreenMailUtil.getBody(mailTo(id + "@acme.example", "Reset your Tierline password")),
                "reset-password");
        assertThat(passwords.resetLinkOpen(token)).isTrue();
        assertThatThrownBy(() -> passwords.reset(token, admin + " and more")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> assertThat(e.about("newPassword").orElseThrow().code())
                        .isEqualTo("password.contains-account"));
        passwords.reset(token, "a brand new sentence");
        assertThat(encoder.matches("a brand new sentence", accounts.findByUsername(admin).orElseThrow()
                .getPasswordHash())).isTrue();
        assertThat(passwords.resetLinkOpen(token)).as("single use").isFalse();
        assertThatThrownBy(() -> passwords.reset(token, "another new sentence"))
                .isInstanceOfSatisfying(AccountRefusedException.class, e -> assertThat(e.refusals().get(0).code())
                        .isEqualTo("reset.closed"));
        mailTo(id + "@acme.example", "Your Tierline password was changed");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, "nobody-" + id + "@acme.example")))
                .isEmpty();
    }

    @Test
    void aSignedInUserChangesItsPasswordWithTheCurrentOne() {
        String id = unique();
        String admin = approvedOrganisation(id);
        SignIn.as(users, admin);
        assertThatThrownBy(() -> passwords.change("wrong one", "a lighthouse at dusk")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> assertThat(e.about("currentPassword")).isPresent());
        assertThatThrownBy(() -> passwords.change(PASSWORD, "1q2w3e4r5t6y")).isInstanceOfSatisfying(
                AccountRefusedException.class, e -> assertThat(e.about("newPassword").orElseThrow().code())
                        .isEqualTo("password.common"));
        passwords.change(PASSWORD, "a lighthouse at dusk");
        assertThat(encoder.matches("a lighthouse at dusk", accounts.findByUsername(admin).orElseThrow()
                .getPasswordHash())).isTrue();
    }

    /** Registers Acme {id} and has admin1 approve it; its administrator's user name. */
    private String approvedOrganisation(String id) {
        registrations.register(registration(id), "203.0.113.9");
        SignIn.as(users, "admin1");
        registrations.approve(registrations.pending().stream().filter(r -> r.organisation().equals("Acme " + id))
                .findFirst().orElseThrow().organisationId());
        SignIn.out();
        return "applicant-" + id;
    }

    static Registration registration(String id) {
        return new Registration("Acme " + id, "DE", "Munich", "HRB " + id, "Ann Applicant", id + "@acme.example",
                "applicant-" + id, PASSWORD);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits (without sleeping) until the embedded server has a mail to {@code to} whose subject contains this. */
    MimeMessage mailTo(String to, String subject) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m, to) && subject(m).contains(subject)).findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    static String token(String body, String route) {
        Matcher link = Pattern.compile("http://\\S+/" + route + "\\?token=([A-Za-z0-9_-]{43})").matcher(
                body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a %s link in%n%s", route, body).isTrue();
        return link.group(1);
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }
}
