package com.tierline.identity.service;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt of the password after NFKC (NIST SP 800-63B 5.1.1.2), so that a password typed with another keyboard's
 * form of the same letters still signs in. A password longer than BCrypt's 72 bytes never matches: the policy
 * refuses to set one, and BCrypt would otherwise compare only its first 72 bytes.
 */
public final class NormalisedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder bcrypt;

    public NormalisedPasswordEncoder(PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
    }

    @Override
    public String encode(CharSequence raw) {
        String password = PasswordPolicy.normalise(raw.toString());
        if (tooLong(password)) {
            throw new IllegalArgumentException("A password of more than " + PasswordPolicy.MAX_BYTES + " bytes");
        }
        return bcrypt.encode(password);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        String password = PasswordPolicy.normalise(raw == null ? "" : raw.toString());
        return !tooLong(password) && bcrypt.matches(password, encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return bcrypt.upgradeEncoding(encoded);
    }

    private static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES;
    }
}
