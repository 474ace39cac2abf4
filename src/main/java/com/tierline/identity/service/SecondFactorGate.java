package com.tierline.identity.service;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.stereotype.Component;

/**
 * The two places a password is checked, each with its own answer for an account that signs in with a second
 * factor: the sign-in form keeps a {@link TwoFactorPending} (no role) until the code comes; the API, which has
 * no second step, refuses it ({@link SecondFactorRequiredException}). Everyone else gets the full sign-in at once.
 */
@Component
public class SecondFactorGate {

    private final ProviderManager passwords;
    private final TwoFactorSignIn twoFactor;

    SecondFactorGate(RememberedPasswordChecks passwords, TwoFactorSignIn twoFactor) {
        this.passwords = new ProviderManager(passwords);
        this.twoFactor = twoFactor;
    }

    public AuthenticationManager forSignInForm() {
        return attempt -> {
            var checked = passwords.authenticate(attempt);
            SignedInUser user = (SignedInUser) checked.getPrincipal();
            TwoFactorStatus status = twoFactor.statusOf(user.getUsername());
            return status.secondFactorAsked() ? new TwoFactorPending(user, !status.enrolled()) : checked;
        };
    }

    public AuthenticationManager forApi() {
        return attempt -> {
            var checked = passwords.authenticate(attempt);
            if (twoFactor.statusOf(checked.getName()).secondFactorAsked()) {
                throw new SecondFactorRequiredException();
            }
            return checked;
        };
    }
}
