package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.PasswordReset;
import com.tierline.identity.domain.PasswordResetRepository;
import com.tierline.notification.service.Mailer;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People set their own passwords: with the current one, or with a single-use link mailed to their address. */
@Service
public class Passwords {

    private final AppUserRepository users;
    private final PasswordResetRepository resets;
    private final AccountFields fields;
    private final PasswordEncoder encoder;
    private final LinkTokens tokens;
    private final PublicFormThrottle throttle;
    private final Mailer mailer;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(AppUserRepository users, PasswordResetRepository resets, AccountFields fields, PasswordEncoder encoder,
            LinkTokens tokens, PublicFormThrottle throttle, Mailer mailer, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.fields = fields;
        this.encoder = encoder;
        this.tokens = tokens;
        this.throttle = throttle;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails a reset link if an active account has this address. The caller learns nothing either way (the page
     * says the same whether or not the address is known), except when its network has asked too often: false.
     */
    @PermitAll
    @Transactional
    public boolean requestReset(String email, String clientAddress) {
        if (!throttle.tryAcquire(PublicFormThrottle.Form.PASSWORD_RESET, clientAddress)) {
            return false;
        }
        Optional<AppUser> user = Optional.ofNullable(AppUser.normaliseEmail(email)).flatMap(users::findByEmail)
                .filter(AppUser::isEnabled);
        if (user.isEmpty()) {
            return true;
        }
        AppUser account = user.get();
        Instant now = clock.instant();
        LinkTokens.Issued token = tokens.issue();
        PasswordReset reset = resets.save(new PasswordReset(token.hash(), account, now, now.plus(tokens.lifetime())));
        events.publishEvent(new AuditableAction(account.getUsername(), "password.reset-requested", null,
                Map.of("user", account.getUsername())));
        mailer.send(account.getEmail(), "password-reset", Map.of("name", account.getDisplayName(), "username",
                account.getUsername(), "link", tokens.link("reset-password?token=" + token.token()),
                "expires", Colleagues.EXPIRY.format(reset.getExpiresAt())));
        return true;
    }

    /** Whether a reset link still works (not used, not expired, known). */
    @PermitAll
    @Transactional
    public boolean resetLinkOpen(String token) {
        return open(token).isPresent();
    }

    @PermitAll
    @Transactional
    public void reset(String token, String newPassword) {
        PasswordReset reset = open(token).orElseThrow(() -> new AccountRefusedException("reset.closed", null,
                "This password-reset link has been used already, has expired or is not known. Ask for a new one "
                        + "with \"Forgot your password?\" on the sign-in page."));
        AppUser user = reset.getUser();
        setPassword(user, newPassword, "password.reset");
        reset.use(clock.instant());
        // A lock from an attacker's guesses should not keep the owner out once the owner proved the address.
        user.unlock();
    }

    /** The signed-in user changes its own password, proving the current one first. */
    @PermitAll
    @Transactional
    public void change(String currentPassword, String newPassword) {
        String username = currentUser.require().getUsername();
        AppUser user = users.findByUsername(username).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountRefusedException("password.current-wrong", "currentPassword",
                    "This is not your current password.");
        }
        if (encoder.matches(newPassword == null ? "" : newPassword, user.getPasswordHash())) {
            throw new AccountRefusedException("password.unchanged", "newPassword",
                    "The new password is the same as the current one.");
        }
        setPassword(user, newPassword, "password.changed");
    }

    private void setPassword(AppUser user, String newPassword, String action) {
        List<Refusal> refusals = new ArrayList<>();
        fields.password(refusals, newPassword, user.getUsername(), user.getEmail(), "newPassword");
        if (!refusals.isEmpty()) {
            throw new AccountRefusedException(refusals);
        }
        user.changePasswordHash(encoder.encode(newPassword));
        events.publishEvent(new AuditableAction(user.getUsername(), action, null, Map.of("user", user.getUsername())));
        if (user.getEmail() != null) {
            mailer.send(user.getEmail(), "password-changed", Map.of("name", user.getDisplayName(), "username",
                    user.getUsername(), "when", Colleagues.EXPIRY.format(clock.instant())));
        }
    }

    private Optional<PasswordReset> open(String token) {
        Instant now = clock.instant();
        return resets.findByTokenHash(LinkTokens.hash(token)).filter(r -> r.openAt(now));
    }
}
