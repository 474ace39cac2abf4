package com.tierline.audit.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key that signs checkpoints, and every public key whose checkpoints are trusted. The private key lives
 * outside the database: in {@code tierline.audit.signing-key} (e.g. the environment) or in the key file of the key
 * directory, created there on first start. Public keys are kept, one per line, in {@code audit-public-keys.txt}
 * beside it, and never removed, so checkpoints signed before a rotation still verify.
 */
@Component
class SigningKeys {

    static final String KEY_FILE = "audit-signing.key";
    static final String PUBLIC_KEYS_FILE = "audit-public-keys.txt";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final Pattern PEM = Pattern.compile("-----BEGIN (PRIVATE|PUBLIC) KEY-----([^-]+)-----END \\1 KEY-----");

    private final Path directory;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;
    private final Map<String, PublicKey> trusted = new LinkedHashMap<>();

    SigningKeys(@Value("${tierline.audit.key-directory}") Path directory,
            @Value("${tierline.audit.signing-key:}") String configuredKey,
            @Value("${tierline.audit.trusted-public-keys:}") List<String> trustedPublicKeys) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.directory);
            String text;
            Path keyFile = this.directory.resolve(KEY_FILE);
            if (!configuredKey.isBlank()) {
                text = configuredKey;
            } else if (Files.exists(keyFile)) {
                text = Files.readString(keyFile);
            } else {
                text = create(keyFile);
            }
            Map<String, String> pem = pem(text);
            if (!pem.containsKey("PRIVATE") || !pem.containsKey("PUBLIC")) {
                throw new IllegalStateException("The audit signing key must hold a PRIVATE KEY and a PUBLIC KEY "
                        + "block (PEM), as the file the application creates does");
            }
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem.get("PRIVATE"))));
            publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem.get("PUBLIC"))));
            keyId = Checkpoint.keyId(publicKey);
            if (!sign(0, "check", Instant.EPOCH).verifiesWith(publicKey)) {
                throw new IllegalStateException("The audit signing key's PUBLIC KEY block is not the public half "
                        + "of its PRIVATE KEY block");
            }
            loadTrusted(keys, trustedPublicKeys);
            log.info("Audit checkpoints are signed with Ed25519 key {} ({}); public keys kept in {}", keyId,
                    configuredKey.isBlank() ? keyFile : "tierline.audit.signing-key",
                    this.directory.resolve(PUBLIC_KEYS_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("The audit key directory " + this.directory + " cannot be used", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key cannot be read: " + e.getMessage(), e);
        }
    }

    private static String create(Path keyFile) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String text = block("PRIVATE", pair.getPrivate().getEncoded()) + block("PUBLIC", pair.getPublic().getEncoded());
        Files.writeString(keyFile, text, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
        try {
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the directory's own permissions must protect it.
        }
        log.warn("Created a new audit signing key (Ed25519, key id {}) in {}: keep this file secret and back it up; "
                + "it is not in the database", Checkpoint.keyId(pair.getPublic()), keyFile);
        return text;
    }

    private void loadTrusted(KeyFactory keys, List<String> configured) throws IOException, GeneralSecurityException {
        Path file = directory.resolve(PUBLIC_KEYS_FILE);
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    trust(keys, parts[1], parts[0]);
                }
            }
        }
        for (String value : configured) {
            if (!value.isBlank()) {
                trust(keys, value.trim(), null);
            }
        }
        if (!trusted.containsKey(keyId)) {
            trusted.put(keyId, publicKey);
            Files.writeString(file, keyId + " " + encoded(publicKey) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private void trust(KeyFactory keys, String base64, String claimedId) throws GeneralSecurityException {
        PublicKey key = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        String id = Checkpoint.keyId(key);
        if (claimedId != null && !claimedId.equals(id)) {
            log.warn("Ignored public key listed as {} in {}: its id is {}", claimedId, PUBLIC_KEYS_FILE, id);
            return;
        }
        trusted.putIfAbsent(id, key);
    }

    String keyId() {
        return keyId;
    }

    Path directory() {
        return directory;
    }

    /** Every trusted public key by id (X.509, Base64), the signing key's included. */
    Map<String, String> publicKeys() {
        Map<String, String> out = new LinkedHashMap<>();
        trusted.forEach((id, key) -> out.put(id, encoded(key)));
        return out;
    }

    PublicKey publicKey(String id) {
        return trusted.get(id);
    }

    /** Signs what {@link Checkpoint#signedText()} would be for this sequence and hash at {@code now}. */
    Checkpoint sign(long sequence, String hash, Instant now) {
        Checkpoint unsigned = new Checkpoint(sequence, hash, now, keyId, "");
        return new Checkpoint(sequence, hash, now, keyId, sign(unsigned.signedText()));
    }

    private String sign(String text) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JRE since Java 15", e);
        }
    }

    private static Map<String, String> pem(String text) {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            blocks.put(m.group(1), m.group(2).replaceAll("\\s", ""));
        }
        return blocks;
    }

    private static String block(String kind, byte[] der) {
        return "-----BEGIN " + kind + " KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + kind + " KEY-----\n";
    }

    static String encoded(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }
}
