package com.tierline.support;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.SecondFactorGate;
import com.tierline.identity.service.TwoFactorSignIn;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Users of the tests' own (the demo accounts are waived from two-factor sign-in), enrolled the way a person
 * enrols, with codes computed from the secret by the same library an authenticator app implements.
 */
public final class TwoFactorUsers {

    /** The demo password, so that {@code Browser} types the same one for these users. */
    public static final String PASSWORD = "tierline-demo";

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final SecondFactorGate gate;
    private final TwoFactorSignIn twoFactor;

    public TwoFactorUsers(ApplicationContext context) {
        this.users = context.getBean(AppUserRepository.class);
        this.encoder = context.getBean(PasswordEncoder.class);
        this.gate = context.getBean(SecondFactorGate.class);
        this.twoFactor = context.getBean(TwoFactorSignIn.class);
    }

    /** A new user with these roles, in no organisation or team, not waived and not enrolled. */
    public String create(String prefix, Role... roles) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        users.save(new AppUser(username, encoder.encode(PASSWORD), "Tess Twofactor", Set.of(roles))
                .withEmail(username + "@two-factor.example"));
        return username;
    }

    /** What the sign-in form's password step puts in the session for this user. */
    public Authentication password(String username) {
        return gate.forSignInForm().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                PASSWORD));
    }

    /**
     * Enrols the user as the enrolment screen does and returns the secret and the recovery codes. The confirming
     * code is the previous step's (one step of drift is allowed), so the current one is still unused afterwards.
     */
    public Enrolment enrol(String username) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        try {
            SecurityContextHolder.getContext().setAuthentication(password(username));
            TwoFactorSignIn.NewSecret secret = twoFactor.startEnrolment();
            List<String> codes = twoFactor.confirmEnrolment(secret, code(secret.secret(), -1)).recoveryCodes();
            return new Enrolment(secret.secret(), codes);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public record Enrolment(String secret, List<String> recoveryCodes) {
    }

    /** The authenticator's code for now plus {@code steps} time steps of 30 seconds. */
    public static String code(String secret, int steps) {
        try {
            return new DefaultCodeGenerator().generate(secret, Instant.now().getEpochSecond() / 30 + steps);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Requests from an address of the test's own, so that its throttling touches no other test. */
    public static void fromAddress(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
