package com.tierline.identity.service;

import com.tierline.identity.domain.AppUserRepository;
import com.tierline.shared.AuditableAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks an account after {@code tierline.security.max-failed-sign-ins} wrong passwords in a row, for
 * {@code tierline.security.lock-minutes}; a successful sign-in clears the count. Each attempt is counted by one
 * atomic UPDATE before its password may be checked, each in its own short transaction, so that any number of
 * parallel attempts (form or API, on any node) check at most that many passwords before the lock.
 */
@Component
class SignInAttempts {

    /** What {@link #claim} found. */
    enum Claim {
        CLAIMED, UNKNOWN_USER, REFUSED
    }

    private final AppUserRepository users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lock;
    private final TransactionTemplate separately;

    SignInAttempts(AppUserRepository users, ApplicationEventPublisher events, Clock clock,
            @Value("${tierline.security.max-failed-sign-ins}") int maxFailures,
            @Value("${tierline.security.lock-minutes}") int lockMinutes, PlatformTransactionManager transactions) {
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** Takes one attempt for {@code username}, committed before the password is checked. */
    Claim claim(String username) {
        return inOwnTransaction(() -> {
            if (users.claimSignInAttempt(username, maxFailures, clock.instant()) == 1) {
                return Claim.CLAIMED;
            }
            return users.existsByUsername(username) ? Claim.REFUSED : Claim.UNKNOWN_USER;
        });
    }

    /** The claimed attempt's password was wrong: the failure that used up the last attempt locks the account. */
    void failed(String username) {
        inOwnTransaction(() -> {
            Instant until = clock.instant().plus(lock);
            if (users.lockWhenLimitReached(username, maxFailures, until) == 1) {
                events.publishEvent(new AuditableAction(username, "login.locked", null,
                        Map.of("lockedUntil", until.toString(), "afterFailures", maxFailures)));
            }
            return null;
        });
    }

    /** The password was right: the count of attempts (this one included) and any expired lock are cleared. */
    void succeeded(String username) {
        inOwnTransaction(() -> users.clearSignInFailures(username));
    }

    private <T> T inOwnTransaction(java.util.function.Supplier<T> work) {
        try {
            return separately.execute(status -> work.get());
        } catch (DataAccessException | TransactionException database) {
            // As DaoAuthenticationProvider does: a failing user store is not a wrong password (the API says 503).
            throw new InternalAuthenticationServiceException(database.getMessage(), database);
        }
    }
}
