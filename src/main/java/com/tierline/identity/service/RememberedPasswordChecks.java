package com.tierline.identity.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password checks with a short memory. BCrypt is meant to be slow (tens of milliseconds), and the stateless API
 * checks the password on every request; so a password that just passed BCrypt is remembered for a minute as a
 * salted SHA-256, in memory only. A remembered check still loads the user, so a locked or disabled account or a
 * changed password takes effect at once; a wrong password always goes to BCrypt (and counts towards the lockout).
 */
@Component
class RememberedPasswordChecks implements AuthenticationProvider {

    private static final Duration MEMORY = Duration.ofSeconds(60);

    private record Remembered(byte[] digest, String passwordHash, Instant until) {
    }

    private final DaoAuthenticationProvider bcrypt;
    private final UserDetailsService users;
    private final Clock clock;
    private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[32];

    RememberedPasswordChecks(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this.bcrypt = new DaoAuthenticationProvider(users);
        this.bcrypt.setPasswordEncoder(encoder);
        this.users = users;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        byte[] digest = digest(username, password);
        Remembered known = remembered.get(username);
        if (known != null && known.until().isAfter(clock.instant()) && MessageDigest.isEqual(known.digest(), digest)) {
            UserDetails user;
            try {
                user = users.loadUserByUsername(username);
            } catch (RuntimeException unreachable) {
                // As DaoAuthenticationProvider does: a failing user store is not a wrong password.
                throw new InternalAuthenticationServiceException(unreachable.getMessage(), unreachable);
            }
            status.check(user);
            if (user.getPassword().equals(known.passwordHash())) {
                return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            }
        }
        Authentication checked = bcrypt.authenticate(attempt);
        UserDetails user = (UserDetails) checked.getPrincipal();
        remembered.put(username, new Remembered(digest, user.getPassword(), clock.instant().plus(MEMORY)));
        return checked;
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
