package com.tierline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.SecondFactorGate;
import com.tierline.identity.service.SecondFactorRequiredException;
import com.tierline.identity.service.SignInThrottledException;
import com.tierline.identity.service.SignedInUser;
import com.tierline.identity.service.TwoFactorPending;
import com.tierline.identity.service.TwoFactorSignIn;
import com.tierline.identity.service.UserDirectory;
import com.tierline.support.TierlineIT;
import com.tierline.support.TwoFactorUsers;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Two-factor sign-in in the services: after the password an account with a second factor is only half signed in
 * (no role, so services refuse it); a code or a recovery code completes it, once; wrong codes are counted by the
 * lockout and the throttle like wrong passwords; the API refuses such an account; demo accounts are waived.
 */
@TierlineIT
class TwoFactorSignInIT {

    @Autowired ApplicationContext context;
    @Autowired TwoFactorSignIn twoFactor;
    @Autowired SecondFactorGate gate;
    @Autowired UserDirectory directory;
    @Autowired JdbcTemplate jdbc;

    TwoFactorUsers people;

    @BeforeEach
    void setUp() {
        people = new TwoFactorUsers(context);
        TwoFactorUsers.fromAddress("10.23.0." + (int) (Math.random() * 250 + 1));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aReviewerWhoHasNotEnrolledIsHalfSignedInWithNoRoleAndMustEnrolFirst() {
        String reviewer = people.create("reviewer", Role.REVIEWER);
        Authentication afterPassword = people.password(reviewer);

        assertThat(afterPassword).isInstanceOf(TwoFactorPending.class);
        assertThat(((TwoFactorPending) afterPassword).enrolmentRequired()).isTrue();
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(TwoFactorPending.AUTHORITY);
        assertThat(afterPassword.getPrincipal()).as("not a user that CurrentUser would hand out")
                .isNotInstanceOf(SignedInUser.class);

        String admin = people.create("admin", Role.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(people.password(admin));
        assertThatThrownBy(directory::listUsers).as("method security refuses the half-signed-in administrator")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> twoFactor.completeWithCode("123456")).as("no code is asked before enrolment")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void enrolmentStoresTheSecretEncryptedAndOnlyHashesOfTenRecoveryCodesAndSignsTheReviewerIn() {
        String reviewer = people.create("enrols", Role.REVIEWER);
        SecurityContextHolder.getContext().setAuthentication(people.password(reviewer));
        TwoFactorSignIn.NewSecret secret = twoFactor.startEnrolment();
        assertThat(secret.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + secret.secret())
                .contains("issuer=Tierline");
        assertThat(secret.qrPng()).startsWith(0x89, 'P', 'N', 'G');

        assertThatThrownBy(() -> twoFactor.confirmEnrolment(secret, "000000x")).isInstanceOf(
                BadCredentialsException.class);
        TwoFactorSignIn.Enrolled enrolled = twoFactor.confirmEnrolment(secret, TwoFactorUsers.code(secret.secret(), 0));

        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(enrolled.signIn()).get().extracting(Authentication::getAuthorities).asList()
                .extracting(a -> ((GrantedAuthority) a).getAuthority()).containsExactly("ROLE_REVIEWER");
        Long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, reviewer);
        String stored = jdbc.queryForObject("select secret from two_factor_enrolment where user_id = ?",
                String.class, id);
        assertThat(stored).doesNotContain(secret.secret());
        assertThat(jdbc.queryForList("select code_hash from two_factor_recovery_code where user_id = ?",
                String.class, id)).hasSize(10).noneMatch(enrolled.recoveryCodes()::contains);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'two-factor.enrolled' "
                + "and actor = ?", Integer.class, reviewer)).isEqualTo(1);
        assertThat(twoFactor.statusOf(reviewer).enrolled()).isTrue();
        assertThat(twoFactor.statusOf(reviewer).waived()).as("only the demo profile's own accounts").isFalse();
    }

    @Test
    void anEnrolledUserIsAskedForTheCodeWhichWorksOnceAndAllowsOneStepOfDrift() {
        String auditor = people.create("auditor", Role.AUDITOR);
        var enrolment = people.enrol(auditor);
        halfSignedIn(auditor);
        assertThat(twoFactor.pending()).get().extracting(TwoFactorPending::enrolmentRequired).isEqualTo(false);

        assertThatThrownBy(() -> twoFactor.completeWithCode(TwoFactorUsers.code(enrolment.secret(), -2)))
                .as("two steps late is too late").isInstanceOf(BadCredentialsException.class);
        Authentication full = twoFactor.completeWithCode(TwoFactorUsers.code(enrolment.secret(), 0));
        assertThat(full.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUDITOR");

        halfSignedIn(auditor);
        assertThatThrownBy(() -> twoFactor.completeWithCode(TwoFactorUsers.code(enrolment.secret(), 0)))
                .as("the same code a second time").isInstanceOf(BadCredentialsException.class);
        assertThat(twoFactor.completeWithCode(TwoFactorUsers.code(enrolment.secret(), 1)))
                .as("one step ahead (a phone's clock a little fast)").isNotNull();
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndOnceLockedEvenTheRightCodeIsRefused() {
        String senior = people.create("senior", Role.REVIEWER, Role.SENIOR_REVIEWER);
        var enrolment = people.enrol(senior);
        halfSignedIn(senior);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> twoFactor.completeWithCode("000000")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(failures(senior)).isEqualTo(4);
        assertThatThrownBy(() -> twoFactor.completeWithCode("000001")).isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select locked_until from app_user where username = ?", Timestamp.class,
                senior).toInstant()).isAfter(Instant.now().plusSeconds(14 * 60));
        assertThatThrownBy(() -> twoFactor.completeWithCode(TwoFactorUsers.code(enrolment.secret(), 0)))
                .as("locked: the right code gets the same refusal").isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'login.code-refused' "
                + "and actor = ?", Integer.class, senior)).isEqualTo(5);
    }

    @Test
    void aRightCodeClearsTheCountOfWrongOnes() {
        String reviewer = people.create("clears", Role.REVIEWER);
        var enrolment = people.enrol(reviewer);
        halfSignedIn(reviewer);
        assertThatThrownBy(() -> twoFactor.completeWithCode("999999")).isInstanceOf(BadCredentialsException.class);
        assertThat(failures(reviewer)).isEqualTo(1);
        twoFactor.completeWithCode(TwoFactorUsers.code(enrolment.secret(), 0));
        assertThat(failures(reviewer)).isZero();
    }

    @Test
    void wrongCodesAreThrottledPerAccountLikeWrongPasswords() {
        String reviewer = people.create("throttled", Role.REVIEWER);
        people.enrol(reviewer);
        halfSignedIn(reviewer);
        int refused = 0;
        SignInThrottledException throttled = null;
        // 20 failed sign-ins a minute per account (application.properties); the lock after 5 does not stop counting.
        for (int attempt = 1; attempt <= 21 && throttled == null; attempt++) {
            try {
                twoFactor.completeWithCode("000000");
            } catch (SignInThrottledException e) {
                throttled = e;
            } catch (BadCredentialsException e) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(20);
        assertThat(throttled).isNotNull();
        assertThat(throttled.retryAfterSeconds()).isPositive();
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfTheAppsCode() {
        String admin = people.create("recovers", Role.ADMIN);
        var enrolment = people.enrol(admin);
        String recovery = enrolment.recoveryCodes().get(3);

        halfSignedIn(admin);
        assertThat(twoFactor.completeWithCode(" " + recovery.toUpperCase() + " ").getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_ADMIN");
        halfSignedIn(admin);
        assertThatThrownBy(() -> twoFactor.completeWithCode(recovery)).as("spent")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject("select count(*) from two_factor_recovery_code c join app_user u on "
                + "u.id = c.user_id where u.username = ? and c.used_at is null", Integer.class, admin)).isEqualTo(9);
    }

    @Test
    void theApiRefusesAnAccountWithASecondFactorButNotAWaivedDemoAccount() {
        String reviewer = people.create("api", Role.REVIEWER);
        var password = UsernamePasswordAuthenticationToken.unauthenticated(reviewer, TwoFactorUsers.PASSWORD);
        assertThatThrownBy(() -> gate.forApi().authenticate(password)).as("required, not yet enrolled")
                .isInstanceOf(SecondFactorRequiredException.class);

        String exporter = people.create("exporter", Role.EXPORTER);
        assertThat(gate.forApi().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(exporter,
                TwoFactorUsers.PASSWORD)).isAuthenticated()).as("optional and off").isTrue();
        people.enrol(exporter);
        assertThatThrownBy(() -> gate.forApi().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                exporter, TwoFactorUsers.PASSWORD))).as("turned on").isInstanceOf(SecondFactorRequiredException.class);

        assertThat(gate.forApi().authenticate(UsernamePasswordAuthenticationToken.unauthenticated("reviewer1",
                "tierline-demo")).getPrincipal()).as("demo accounts are waived").isInstanceOf(SignedInUser.class);
        assertThat(people.password("auditor1")).isNotInstanceOf(TwoFactorPending.class);
    }

    @Test
    void anExporterMayTurnItOffWithACurrentCodeButStaffMayNot() {
        String exporter = people.create("optional", Role.EXPORTER);
        var enrolment = people.enrol(exporter);
        SecurityContextHolder.getContext().setAuthentication(signedInFully(exporter, enrolment.secret()));
        assertThatThrownBy(() -> twoFactor.turnOff("000000")).isInstanceOf(BadCredentialsException.class);
        twoFactor.turnOff(TwoFactorUsers.code(enrolment.secret(), 1));
        assertThat(twoFactor.statusOf(exporter).enrolled()).isFalse();
        assertThat(people.password(exporter)).as("password only again").isNotInstanceOf(TwoFactorPending.class);

        String reviewer = people.create("keeps", Role.REVIEWER);
        var staff = people.enrol(reviewer);
        SecurityContextHolder.getContext().setAuthentication(signedInFully(reviewer, staff.secret()));
        assertThatThrownBy(() -> twoFactor.turnOff(TwoFactorUsers.code(staff.secret(), 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(twoFactor.statusOf(reviewer).enrolled()).isTrue();
    }

    private void halfSignedIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(people.password(username));
    }

    private Authentication signedInFully(String username, String secret) {
        halfSignedIn(username);
        return twoFactor.completeWithCode(TwoFactorUsers.code(secret, 0));
    }

    private int failures(String username) {
        return jdbc.queryForObject("select failed_sign_ins from app_user where username = ?", Integer.class,
                username);
    }
}
