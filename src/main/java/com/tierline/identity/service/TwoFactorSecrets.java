package com.tierline.identity.service;

import com.tierline.shared.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest (Spring Security's AES-256-GCM "delux" encryptor) with a key that is never in the
 * database: {@code tierline.security.two-factor.key}, or, if that is empty, {@code two-factor.key} in the key
 * directory, made there on first start. A copy of the database alone then yields no usable secret.
 */
@Component
class TwoFactorSecrets {

    /** The key derivation's salt: not secret (the key is), fixed so that secrets stay readable across restarts. */
    private static final String SALT = HexFormat.of().formatHex("tierline-totp".getBytes(StandardCharsets.UTF_8));

    private final TextEncryptor encryptor;

    TwoFactorSecrets(@Value("${tierline.security.two-factor.key:}") String key,
            @Value("${tierline.audit.key-directory}") Path keyDirectory) {
        this.encryptor = Encryptors.delux(
                key.isBlank() ? KeyFiles.readOrCreate(keyDirectory.resolve("two-factor.key")) : key, SALT);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }
}
