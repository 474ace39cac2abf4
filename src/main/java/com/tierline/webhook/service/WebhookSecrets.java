package com.tierline.webhook.service;

import com.tierline.shared.KeyFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Endpoint signing secrets: 256 random bits, shown to the administrator once. A hash would not do, since every
 * delivery must be signed with the secret itself, so it is stored encrypted as two-factor secrets are (AES-256-GCM,
 * with {@code tierline.webhook.key} or {@code webhook.key} in the key directory, never in the database).
 */
@Component
class WebhookSecrets {

    private static final String SALT = HexFormat.of().formatHex("tierline-webhook".getBytes(StandardCharsets.UTF_8));
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TextEncryptor encryptor;

    WebhookSecrets(@Value("${tierline.webhook.key:}") String key,
            @Value("${tierline.audit.key-directory}") Path keyDirectory) {
        this.encryptor = Encryptors.delux(
                key.isBlank() ? KeyFiles.readOrCreate(keyDirectory.resolve("webhook.key")) : key, SALT);
    }

    /** A new secret as the receiver will hold it: "whsec_" and 64 hex digits. */
    String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return "whsec_" + HexFormat.of().formatHex(bits);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }
}
