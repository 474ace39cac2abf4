package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.ApplicationService;
import com.tierline.audit.service.AuditTrail;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AdministrationRefusedException;
import com.tierline.identity.service.UserAdministration;
import com.tierline.identity.service.UserAdministration.UserAccount;
import com.tierline.identity.service.UserAdministration.UserForm;
import com.tierline.identity.service.TeamAdministration;
import com.tierline.identity.service.UserDirectory;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.ReviewQueues;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.audit.service.EventSentences;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What an administrator may do to accounts, what the service refuses and why, and what deactivation does. */
@TierlineIT
class UserAdministrationIT {

    @Autowired UserAdministration administration;
    @Autowired UserDirectory directory;
    @Autowired AppUserRepository accounts;
    @Autowired UserDetailsService users;
    @Autowired AuthenticationProvider signIn;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewQueues queues;
    @Autowired TaskService tasks;
    @Autowired AuditTrail audit;
    @Autowired ApplicationContext context;
    @Autowired InformationRequests rfi;
    @Autowired SessionRegistry sessions;
    @Autowired TeamAdministration teams;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNewAccountHasItsRolesInWordsAndNoPasswordAnyoneKnows() {
        SignIn.as(users, "admin1");
        administration.create(new UserForm("lea.reviewer", "Lea Reviewer", " Lea@Tierline.gov.example ",
                Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER), "ai-chips", null));

        var row = directory.listUsers().stream().filter(u -> u.username().equals("lea.reviewer")).findFirst()
                .orElseThrow();
        assertThat(row.roles()).isEqualTo("Reviewer, Senior reviewer");
        assertThat(row.email()).isEqualTo("lea@tierline.gov.example");
        assertThat(row.team()).isEqualTo("AI Chips");
        String hash = accounts.findByUsername("lea.reviewer").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("$2");
        assertThat(encoder.matches("", hash) || encoder.matches("tierline-demo", hash)).isFalse();
        assertThatThrownBy(() -> signIn.authenticate(new UsernamePasswordAuthenticationToken("lea.reviewer", "")))
                .isInstanceOf(AuthenticationException.class);
        SignIn.as(users, "auditor1");
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void eachRefusalNamesItsFieldAndNothingIsSaved() {
        SignIn.as(users, "admin1");
        assertThat(fieldsRefused(new UserForm("X y", "", "not-an-address", Set.of(), null, null)))
                .containsExactlyInAnyOrder("user.username-format@username", "user.name-missing@displayName",
                        "user.email-format@email", "user.no-role@roles");
        assertThat(fieldsRefused(new UserForm("exporter1", "Erin Again", "EXPORTER1@northwind.example",
                Set.of(Role.EXPORTER), null, null))).containsExactlyInAnyOrder("user.username-taken@username",
                        "user.email-taken@email", "user.organisation-missing@organisation");
        Long northwind = accounts.findByUsername("exporter1").orElseThrow().getOrganisation().getId();
        assertThat(fieldsRefused(new UserForm("rex", "Rex Reviewer", "rex@tierline.gov.example",
                Set.of(Role.REVIEWER), null, northwind))).containsExactlyInAnyOrder("user.team-missing@team",
                        "user.staff-with-organisation@organisation");
        assertThat(fieldsRefused(new UserForm("rex", "Rex Reviewer", "rex@tierline.gov.example",
                Set.of(Role.REVIEWER, Role.EXPORTER), "ai-chips", northwind)))
                .containsExactlyInAnyOrder("user.staff-and-exporter@roles", "user.staff-with-organisation@organisation");
        assertThat(accounts.existsByUsername("rex")).isFalse();
    }

    @Test
    void aDeactivatedReviewerCannotSignInAndItsClaimedCaseIsBackInTheTeamsUnassignedQueue() {
        SignIn.as(users, "admin1");
        administration.create(new UserForm("tom.reviewer", "Tom Reviewer", "tom@tierline.gov.example",
                Set.of(Role.REVIEWER), "ai-chips", null));
        jdbc.update("update app_user set password_hash = ? where username = 'tom.reviewer'",
                encoder.encode("a long passphrase of Tom's"));
        var password = new UsernamePasswordAuthenticationToken("tom.reviewer", "a long passphrase of Tom's");
        assertThat(signIn.authenticate(password).isAuthenticated()).isTrue();
        String reference = Cases.in(context).claimed("exporter1", "AE", "tom.reviewer");

        SignIn.as(users, "admin1");
        administration.deactivate("tom.reviewer");

        assertThatThrownBy(() -> signIn.authenticate(
                new UsernamePasswordAuthenticationToken("tom.reviewer", "a long passphrase of Tom's")))
                .as("refused even though the right password was accepted a moment ago")
                .isInstanceOf(AuthenticationException.class);
        SignIn.as(users, "reviewer1");
        assertThat(applications.find(reference).orElseThrow().assignee()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getAssignee())
                .isNull();
        assertThat(queues.queue(ReviewQueue.UNASSIGNED, QueueFilter.NONE, PageRequest.of(0, 500)).stream()
                .anyMatch(c -> c.reference().equals(reference))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = "
                + "'review.released-deactivated' and case_reference = ?", Integer.class, reference)).isEqualTo(1);

        SignIn.as(users, "admin1");
        administration.reactivate("tom.reviewer");
        assertThat(signIn.authenticate(password).isAuthenticated()).as("reactivated").isTrue();
    }

    @Test
    void aReplyToADeactivatedReviewersQuestionGoesToTheTeamsQueueNotBackToThem() {
        SignIn.as(users, "admin1");
        administration.create(new UserForm("una.reviewer", "Una Reviewer", "una@tierline.gov.example",
                Set.of(Role.REVIEWER), "ai-chips", null));
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "una.reviewer",
                "Who operates the data centre in Abu Dhabi?");
        SignIn.as(users, "admin1");
        administration.deactivate("una.reviewer");

        SignIn.as(users, "exporter1");
        rfi.answer(reference, "Gulf Data Centres LLC operates it on its own campus.", List.of());

        SignIn.as(users, "reviewer1");
        assertThat(applications.find(reference).orElseThrow().assignee()).isNull();
        assertThat(queues.queue(ReviewQueue.UNASSIGNED, QueueFilter.NONE, PageRequest.of(0, 500)).stream()
                .anyMatch(c -> c.reference().equals(reference))).isTrue();
    }

    @Test
    void aReviewerMovedToAnotherTeamHandsBackTheOldTeamsClaimedCases() {
        SignIn.as(users, "admin1");
        teams.create("export-desk", "Export desk");
        administration.create(new UserForm("max.reviewer", "Max Reviewer", "max@tierline.gov.example",
                Set.of(Role.REVIEWER), "ai-chips", null));
        String reference = Cases.in(context).claimed("exporter1", "AE", "max.reviewer");
        SignIn.as(users, "admin1");
        UserAccount max = administration.find("max.reviewer");
        administration.update("max.reviewer", new UserForm(null, max.displayName(), max.email(), max.roles(),
                "export-desk", null), max.version());

        SignIn.as(users, "reviewer1");
        assertThat(applications.find(reference).orElseThrow().assignee()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getAssignee())
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.released-moved' "
                + "and case_reference = ?", Integer.class, reference)).isEqualTo(1);
    }

    @Test
    void deactivationEndsTheUsersOpenBrowserSessions() {
        SignIn.as(users, "admin1");
        administration.create(new UserForm("ivo.auditor", "Ivo Auditor", "ivo@tierline.gov.example",
                Set.of(Role.AUDITOR), null, null));
        // As the sign-in form's session strategy does when Ivo signs in.
        sessions.registerNewSession("ivo-browser", users.loadUserByUsername("ivo.auditor"));
        sessions.registerNewSession("admin-browser", users.loadUserByUsername("admin1"));

        administration.deactivate("ivo.auditor");

        assertThat(sessions.getSessionInformation("ivo-browser").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("admin-browser").isExpired()).isFalse();
        sessions.removeSessionInformation("ivo-browser");
        sessions.removeSessionInformation("admin-browser");
    }

    @Test
    void anAdministratorKeepsTheirOwnAccountAndTheLastAdministratorStays() {
        SignIn.as(users, "admin1");
        assertThatThrownBy(() -> administration.deactivate("admin1")).isInstanceOf(
                AdministrationRefusedException.class).hasMessage("You cannot deactivate your own account; ask "
                        + "another administrator.");
        UserAccount me = administration.find("admin1");
        assertThatThrownBy(() -> administration.update("admin1", new UserForm(null, me.displayName(), me.email(),
                Set.of(Role.AUDITOR), null, null), me.version())).isInstanceOf(AdministrationRefusedException.class)
                .hasMessage("You cannot take the administrator role from admin1: it is the last active "
                        + "administrator.");
        assertThat(administration.find("admin1").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aSaveOfAnAccountSomeoneChangedMeanwhileIsRefusedWithTheConcurrentChangeSentence() {
        SignIn.as(users, "admin1");
        // Its own account: the demo users' names appear in other tests' letters and dossiers.
        administration.create(new UserForm("ida.auditor", "Ida Auditor", "ida@tierline.gov.example",
                Set.of(Role.AUDITOR), null, null));
        UserAccount seen = administration.find("ida.auditor");
        UserForm form = new UserForm(null, "Ida Auditor", seen.email(), seen.roles(), null, null);
        administration.update("ida.auditor", new UserForm(null, "Idalia Auditor", seen.email(), seen.roles(), null,
                null), seen.version());
        assertThatThrownBy(() -> administration.update("ida.auditor", form, seen.version()))
                .isInstanceOf(AdministrationRefusedException.class)
                .hasMessageStartingWith("Someone else changed the account of ida.auditor at the same moment");
        String payload = jdbc.queryForObject("select payload from audit_event where action = 'user.changed' and "
                + "payload like '%Idalia Auditor%'", String.class);
        assertThat(EventSentences.of("user.changed", payload, Locale.UK)).as("only what changed, in words")
                .isEqualTo("Changed the account of ida.auditor from name Ida Auditor to name Idalia Auditor");
    }

    @Test
    void onlyAdministratorsAdministerAccounts() {
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> administration.deactivate("reviewer2")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(new UserForm("mallory", "Mallory", "m@example.org",
                Set.of(Role.ADMIN), null, null))).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> administration.find("exporter1")).isInstanceOf(AccessDeniedException.class);
    }

    private Set<String> fieldsRefused(UserForm form) {
        try {
            administration.create(form);
        } catch (AdministrationRefusedException refused) {
            return Set.copyOf(refused.refusals().stream().map(r -> r.code() + "@" + r.field()).toList());
        }
        throw new AssertionError("not refused: " + form);
    }
}
