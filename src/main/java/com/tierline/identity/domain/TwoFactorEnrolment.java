package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's confirmed authenticator: the TOTP secret as ciphertext (the service holds the key), and the last time
 * step whose code was accepted. That step only ever grows, by an atomic UPDATE in the repository, so that one code
 * (or an older one) is never accepted twice, even by two requests at once.
 */
@Entity
@Table(name = "two_factor_enrolment")
public class TwoFactorEnrolment {

    @Id
    private Long userId;
    private String secret;
    private Instant enrolledAt;
    private long lastUsedStep;

    protected TwoFactorEnrolment() {
    }

    public TwoFactorEnrolment(Long userId, String encryptedSecret, Instant enrolledAt, long confirmedStep) {
        this.userId = userId;
        this.secret = encryptedSecret;
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = confirmedStep;
    }

    public Long getUserId() {
        return userId;
    }

    public String getEncryptedSecret() {
        return secret;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public long getLastUsedStep() {
        return lastUsedStep;
    }
}
