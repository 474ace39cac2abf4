package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One single-use recovery code, kept only as a salted SHA-256 digest (the code itself is shown once). */
@Entity
@Table(name = "two_factor_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String salt;
    private String codeHash;
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Long userId, String salt, String codeHash) {
        this.userId = userId;
        this.salt = salt;
        this.codeHash = codeHash;
    }

    public Long getId() {
        return id;
    }

    public String getSalt() {
        return salt;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
