package com.tierline.identity.service;

import com.tierline.shared.SignInOutcome;
import com.tierline.shared.SignInOutcome.Channel;
import com.tierline.shared.SignInOutcome.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one AuthenticationProvider, for the sign-in form and the API alike. In order: a password that passed BCrypt
 * in the last minute is remembered (as a salted SHA-256, in memory) because the stateless API signs in on every
 * request; the same name and password as an attempt still in flight waits for that attempt's answer instead of
 * being checked again; then the throttle, then one atomic claim of an attempt, and only then BCrypt. An unknown,
 * disabled or locked account, or one out of attempts, gets a BCrypt check against a dummy hash and the same
 * {@link BadCredentialsException} as a wrong password, so the caller cannot tell them apart by answer or time.
 */
@Component
class RememberedPasswordChecks implements AuthenticationProvider {

    private static final Duration MEMORY = Duration.ofSeconds(60);
    private static final long PATIENCE_SECONDS = 30;

    private record Remembered(byte[] digest, String passwordHash, Instant until) {
    }

    private final DaoAuthenticationProvider bcrypt;
    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final SignInAttempts attempts;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> inFlight = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];
    private final String dummyHash;

    RememberedPasswordChecks(UserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts,
            SignInThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.bcrypt = new DaoAuthenticationProvider(users);
        this.bcrypt.setPasswordEncoder(encoder);
        this.users = users;
        this.encoder = encoder;
        this.attempts = attempts;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
        this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(salt));
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        byte[] digest = digest(username, password);
        Optional<Authentication> known = rememberedCheck(username, digest);
        if (known.isPresent()) {
            report(username, address, Outcome.SUCCEEDED);
            return known.get();
        }
        String key = username + '\u0000' + Base64.getEncoder().encodeToString(digest);
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return follow(running, username, address);
        }
        try {
            Authentication result = check(attempt, username, password, address, digest);
            mine.complete(result);
            return result;
        } catch (RuntimeException failure) {
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private Authentication check(Authentication attempt, String username, String password, String address,
            byte[] digest) {
        Optional<Duration> wait = throttle.tryAcquire(username, address);
        if (wait.isPresent()) {
            report(username, address, Outcome.THROTTLED);
            throw new SignInThrottledException(wait.get());
        }
        SignInAttempts.Claim claim = attempts.claim(username);
        if (claim != SignInAttempts.Claim.CLAIMED) {
            throw refused(username, address, password,
                    claim == SignInAttempts.Claim.UNKNOWN_USER ? Outcome.UNKNOWN_USER : Outcome.ACCOUNT_REFUSED);
        }
        Authentication checked;
        try {
            checked = bcrypt.authenticate(attempt);
        } catch (AccountStatusException lockedOrDisabledMeanwhile) {
            throw refused(username, address, password, Outcome.ACCOUNT_REFUSED);
        } catch (BadCredentialsException wrong) {
            attempts.failed(username);
            report(username, address, Outcome.WRONG_PASSWORD);
            throw sameAnswer();
        }
        attempts.succeeded(username);
        throttle.giveBack(username, address);
        UserDetails user = (UserDetails) checked.getPrincipal();
        remembered.put(username, new Remembered(digest, user.getPassword(), clock.instant().plus(MEMORY)));
        report(username, address, Outcome.SUCCEEDED);
        return checked;
    }

    /** The password is checked all the same (against a dummy hash), so a refusal takes as long as a wrong one. */
    private BadCredentialsException refused(String username, String address, String password, Outcome why) {
        encoder.matches(password, dummyHash);
        report(username, address, why);
        return sameAnswer();
    }

    private static BadCredentialsException sameAnswer() {
        return new BadCredentialsException("Bad credentials");
    }

    private Authentication follow(CompletableFuture<Authentication> running, String username, String address) {
        try {
            Authentication result = running.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            report(username, address, Outcome.SUCCEEDED);
            return UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null,
                    result.getAuthorities());
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof AuthenticationException answer) {
                report(username, address, Outcome.REPEATED);
                throw answer;
            }
            throw new InternalAuthenticationServiceException("Sign-in check failed", failed.getCause());
        } catch (TimeoutException slow) {
            throw new InternalAuthenticationServiceException("Sign-in check took too long", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new InternalAuthenticationServiceException("Sign-in check interrupted", interrupted);
        }
    }

    /**
     * A remembered match still loads the user, so a lock, a disabled account or a changed password takes effect at
     * once; any of those sends the attempt down the full path, where it is refused like every other.
     */
    private Optional<Authentication> rememberedCheck(String username, byte[] digest) {
        Remembered known = remembered.get(username);
        if (known == null || !known.until().isAfter(clock.instant()) || !MessageDigest.isEqual(known.digest(), digest)) {
            return Optional.empty();
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (RuntimeException unreachable) {
            // As DaoAuthenticationProvider does: a failing user store is not a wrong password.
            throw new InternalAuthenticationServiceException(unreachable.getMessage(), unreachable);
        }
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.getPassword().equals(known.passwordHash())) {
            remembered.remove(username, known);
            return Optional.empty();
        }
        if (user instanceof SignedInUser signedIn && signedIn.hasSignInFailuresOnRecord()) {
            attempts.succeeded(username);
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private void report(String username, String address, Outcome outcome) {
        try {
            events.publishEvent(new SignInOutcome(username, address, channel(), outcome));
        } catch (RuntimeException notRecorded) {
            // Every sign-in is audited: one that cannot be recorded does not happen (the API answers 503).
            throw new InternalAuthenticationServiceException("Sign-in could not be audited", notRecorded);
        }
    }

    private static Channel channel() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getRequestURI().startsWith("/api/") ? Channel.API : Channel.SIGN_IN_FORM;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
