package com.tierline.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed statement "the audit chain's event {@code sequence} has hash {@code chainHash}", made at
 * {@code signedAt} with the Ed25519 key {@code keyId}. Anyone holding the public key can check it: the signature
 * (Base64) is over the UTF-8 bytes of {@link #signedText()}.
 */
public record Checkpoint(long sequence, String chainHash, Instant signedAt, String keyId, String signature) {

    /** Names the format, so that a signature made for one purpose can never be replayed as another. */
    public static final String FORMAT = "tierline-audit-checkpoint/v1";

    /** The exact text signed: the format name, sequence, hash, time (ISO-8601, UTC) and key id, one per line. */
    public String signedText() {
        return String.join("\n", FORMAT, Long.toString(sequence), chainHash, signedAt.toString(), keyId);
    }

    /** Whether the signature is the one {@code publicKey}'s private half made over {@link #signedText()}. */
    public boolean verifiesWith(PublicKey publicKey) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            ed25519.update(signedText().getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A key's id: the first 16 hex digits of the SHA-256 of its X.509 encoding, so anyone can recompute it. */
    public static String keyId(PublicKey publicKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** One line of the checkpoint file and of exports: sequence, hash, time, key id, signature. */
    public String line() {
        return sequence + " " + chainHash + " " + signedAt + " " + keyId + " " + signature;
    }

    static Checkpoint parse(String line) {
        String[] f = line.trim().split(" ");
        if (f.length != 5) {
            throw new IllegalArgumentException("not a checkpoint line: " + line);
        }
        return new Checkpoint(Long.parseLong(f[0]), f[1], Instant.parse(f[2]), f[3], f[4]);
    }
}
