package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** A "forgot your password" link; only the SHA-256 of its token is kept, and it works once. */
@Entity
public class PasswordReset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String tokenHash;
    @ManyToOne(fetch = FetchType.EAGER)
    private AppUser user;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(String tokenHash, AppUser user, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean openAt(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public void use(Instant at) {
        this.usedAt = at;
    }

    public AppUser getUser() {
        return user;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
