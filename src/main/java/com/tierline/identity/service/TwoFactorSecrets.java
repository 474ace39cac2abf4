package com.tierline.identity.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
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
        this.encryptor = Encryptors.delux(key.isBlank() ? keyFile(keyDirectory.resolve("two-factor.key")) : key, SALT);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }

    private static String keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(Files.createFile(file), HexFormat.of().formatHex(key));
                    restrict(file);
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // Another process made it meanwhile: use theirs.
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the two-factor key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's own permissions apply.
        }
    }
}
