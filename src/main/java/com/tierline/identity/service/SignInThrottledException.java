package com.tierline.identity.service;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address: refused before any password is checked. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many sign-in attempts");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the next attempt will be considered, at least one (the Retry-After header's value). */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
