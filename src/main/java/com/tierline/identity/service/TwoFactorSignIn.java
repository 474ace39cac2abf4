package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.RecoveryCode;
import com.tierline.identity.domain.RecoveryCodeRepository;
import com.tierline.identity.domain.TwoFactorEnrolment;
import com.tierline.identity.domain.TwoFactorEnrolmentRepository;
import com.tierline.shared.AuditableAction;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two-factor sign-in (TOTP): enrolment, the code after the password, recovery codes, turning it off. A code is
 * attacked like a password, so each one takes a token from the throttle and an attempt from the lockout before it is
 * checked, and a wrong one counts as a failed sign-in; a right one is spent (its time step, or the recovery code)
 * by an atomic UPDATE, so it works once. No method carries a role: each names who may call it and checks that.
 * A refused code rolls nothing back: its audit row is kept (nothing else was written before the refusal).
 */
@Service
public class TwoFactorSignIn {

    /** A secret drawn for enrolment, held by the screen until its first code confirms it; never stored unconfirmed. */
    public record NewSecret(String secret, String otpauthUri, byte[] qrPng) {
    }

    /**
     * A confirmed enrolment: the recovery codes, to be shown this once, and, for a staff user who had to enrol on
     * the way in, the full sign-in to put in place of the half one (empty for someone already signed in).
     */
    public record Enrolled(List<String> recoveryCodes, Optional<Authentication> signIn) {
    }

    private final AppUserRepository users;
    private final TwoFactorEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final TwoFactorCodes codes;
    private final TwoFactorSecrets secrets;
    private final SignInAttempts attempts;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TwoFactorSignIn(AppUserRepository users, TwoFactorEnrolmentRepository enrolments,
            RecoveryCodeRepository recoveryCodes, TwoFactorCodes codes, TwoFactorSecrets secrets,
            SignInAttempts attempts, SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.codes = codes;
        this.secrets = secrets;
        this.attempts = attempts;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** For the sign-in itself (no caller yet) and the administrators' Users page. */
    @Transactional(readOnly = true)
    public TwoFactorStatus statusOf(String username) {
        AppUser user = users.findByUsername(username).orElseThrow(() -> new AccessDeniedException("No such user"));
        return new TwoFactorStatus(TwoFactorStatus.requiredFor(user.getRoles()), user.isTwoFactorWaived(),
                enrolments.findById(user.getId()).map(TwoFactorEnrolment::getEnrolledAt).orElse(null));
    }

    /** The caller's half sign-in, if the caller is between password and code. */
    public Optional<TwoFactorPending> pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof TwoFactorPending pending
                ? Optional.of(pending) : Optional.empty();
    }

    /**
     * The half-signed-in caller's code (or a recovery code): the full sign-in to put in place of the half one.
     * Refused with {@link BadCredentialsException} (wrong, used before, locked: one answer) or
     * {@link SignInThrottledException}.
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public Authentication completeWithCode(String typed) {
        TwoFactorPending pending = pending().filter(p -> !p.enrolmentRequired())
                .orElseThrow(() -> new AccessDeniedException("No sign-in is waiting for a code"));
        SignedInUser user = pending.user();
        AppUser account = users.findByUsername(user.getUsername()).orElseThrow(TwoFactorSignIn::refused);
        TwoFactorEnrolment enrolment = enrolments.findById(account.getId()).orElseThrow(TwoFactorSignIn::refused);
        checked(user.getUsername(), () -> TwoFactorCodes.looksLikeTotp(typed)
                ? spendCode(enrolment, typed) : spendRecoveryCode(account, typed));
        return fullSignIn(user);
    }

    /** A new secret for the caller: a staff user who must enrol first, or anyone fully signed in (re-enrolment). */
    public NewSecret startEnrolment() {
        String username = enrolling().getUsername();
        String secret = codes.newSecret();
        return new NewSecret(secret, codes.otpauthUri(secret, username), codes.qrPng(secret, username));
    }

    /**
     * The first code from the new authenticator confirms it: the secret is stored (encrypted), any earlier one and
     * its recovery codes are replaced, and ten new recovery codes are made. A wrong code is counted as a failed
     * sign-in, like any other.
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public Enrolled confirmEnrolment(NewSecret secret, String typed) {
        SignedInUser user = enrolling();
        AppUser account = users.findByUsername(user.getUsername()).orElseThrow(TwoFactorSignIn::refused);
        long step = checked(user.getUsername(), () -> codes.matchingStep(secret.secret(), typed)
                .orElseThrow(TwoFactorSignIn::refused));
        boolean again = enrolments.existsById(account.getId());
        enrolments.deleteById(account.getId());
        enrolments.flush();
        enrolments.save(new TwoFactorEnrolment(account.getId(), secrets.encrypt(secret.secret()), clock.instant(),
                step));
        recoveryCodes.deleteForUser(account.getId());
        List<String> shown = codes.newRecoveryCodes();
        for (String code : shown) {
            String salt = codes.newSalt();
            recoveryCodes.save(new RecoveryCode(account.getId(), salt, TwoFactorCodes.digest(salt, code)));
        }
        events.publishEvent(new AuditableAction(user.getUsername(), again ? "two-factor.re-enrolled"
                : "two-factor.enrolled", null, Map.of("recoveryCodes", shown.size())));
        return new Enrolled(shown, pending().map(p -> fullSignIn(p.user())));
    }

    /** Exporters and organisation administrators may turn it off again, with a current code; staff may not. */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public void turnOff(String typed) {
        SignedInUser user = fullySignedIn();
        AppUser account = users.findByUsername(user.getUsername()).orElseThrow(TwoFactorSignIn::refused);
        TwoFactorStatus status = statusOf(user.getUsername());
        if (!status.mayBeTurnedOff()) {
            throw new AccessDeniedException("Two-factor sign-in is required for this account's roles");
        }
        TwoFactorEnrolment enrolment = enrolments.findById(account.getId()).orElseThrow(TwoFactorSignIn::refused);
        checked(user.getUsername(), () -> spendCode(enrolment, typed));
        enrolments.deleteById(account.getId());
        recoveryCodes.deleteForUser(account.getId());
        events.publishEvent(new AuditableAction(user.getUsername(), "two-factor.turned-off", null, Map.of()));
    }

    /** How many unused recovery codes the signed-in caller has left. */
    @Transactional(readOnly = true)
    public int recoveryCodesLeft() {
        return users.findByUsername(fullySignedIn().getUsername())
                .map(account -> recoveryCodes.findUnused(account.getId()).size()).orElse(0);
    }

    private long spendCode(TwoFactorEnrolment enrolment, String typed) {
        OptionalLong step = codes.matchingStep(secrets.decrypt(enrolment.getEncryptedSecret()), typed);
        if (step.isEmpty() || enrolments.spendStep(enrolment.getUserId(), step.getAsLong()) != 1) {
            throw refused();
        }
        return step.getAsLong();
    }

    private long spendRecoveryCode(AppUser account, String typed) {
        for (RecoveryCode code : recoveryCodes.findUnused(account.getId())) {
            if (TwoFactorCodes.sameDigest(code.getCodeHash(), TwoFactorCodes.digest(code.getSalt(), typed))
                    && recoveryCodes.spend(code.getId(), clock.instant()) == 1) {
                int left = recoveryCodes.findUnused(account.getId()).size();
                events.publishEvent(new AuditableAction(account.getUsername(), "two-factor.recovery-code-used",
                        null, Map.of("recoveryCodesLeft", left)));
                return -1;
            }
        }
        throw refused();
    }

    /**
     * The throttle and the lockout around one code check, as {@link RememberedPasswordChecks} does for passwords:
     * a throttled caller is told to wait; a locked account and a wrong code get the same refusal.
     */
    private long checked(String username, java.util.function.LongSupplier check) {
        String address = address();
        Optional<Duration> wait = throttle.tryAcquire(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        if (attempts.claim(username) != SignInAttempts.Claim.CLAIMED) {
            throw refused();
        }
        long step;
        try {
            step = check.getAsLong();
        } catch (BadCredentialsException wrong) {
            attempts.failed(username);
            events.publishEvent(new AuditableAction(username, "login.code-refused", null, Map.of("address", address)));
            throw wrong;
        }
        attempts.succeeded(username);
        throttle.giveBack(username, address);
        return step;
    }

    private SignedInUser enrolling() {
        return pending().filter(TwoFactorPending::enrolmentRequired).map(TwoFactorPending::user)
                .orElseGet(TwoFactorSignIn::fullySignedIn);
    }

    private static SignedInUser fullySignedIn() {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser u) {
            return u;
        }
        throw new AccessDeniedException("Not signed in");
    }

    private Authentication fullSignIn(SignedInUser checked) {
        // Reloaded, so that roles or a lock changed since the password are what the session gets.
        SignedInUser user = users.findByUsername(checked.getUsername()).filter(AppUser::isEnabled)
                .map(account -> new SignedInUser(account, clock.instant())).orElseThrow(TwoFactorSignIn::refused);
        events.publishEvent(new AuditableAction(user.getUsername(), "login.second-factor", null, Map.of()));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }

    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad code");
    }
}
