package com.tierline.identity.service;

import com.tierline.identity.domain.AppUserRepository;
import com.tierline.shared.AuditableAction;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks an account after {@code tierline.security.max-failed-sign-ins} wrong passwords in a row, for
 * {@code tierline.security.lock-minutes}; a successful sign-in clears the count. Applies to the login form and to
 * the API's HTTP Basic alike, so a script cannot guess passwords either.
 */
@Component
class SignInAttempts {

    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;
    private final TransactionTemplate clearing;

    SignInAttempts(AppUserRepository users, ApplicationEventPublisher events, Clock clock,
            @Value("${tierline.security.max-failed-sign-ins}") int maxFailures,
            @Value("${tierline.security.lock-minutes}") int lockMinutes, PlatformTransactionManager transactions) {
        this.clearing = new TransactionTemplate(transactions);
        this.clearing.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getName())).ifPresent(user -> {
            if (user.recordFailedSignIn(clock.instant(), maxFailures, lock)) {
                events.publishEvent(new AuditableAction(user.getUsername(), "login.locked", null,
                        Map.of("lockedUntil", user.getLockedUntil().toString(), "afterFailures", maxFailures)));
            }
        });
    }

    /** Not transactional itself: the common case (no failures on record) needs no transaction at all. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        // Every stateless API request signs in: only touch the database when the just-loaded user shows failures.
        if (event.getAuthentication().getPrincipal() instanceof SignedInUser user
                && !user.hasSignInFailuresOnRecord()) {
            return;
        }
        clearing.executeWithoutResult(status -> users.findByUsername(event.getAuthentication().getName())
                .filter(u -> u.getFailedSignIns() > 0 || u.getLockedUntil() != null)
                .ifPresent(u -> u.recordSuccessfulSignIn()));
    }
}
