package com.tierline.identity.service;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The TOTP arithmetic (RFC 6238: SHA-1, six digits, 30-second steps, as every authenticator app defaults to) and
 * recovery codes, all from dev.samstevens.totp. The library's own verifier answers only yes or no; the step that
 * matched is needed to refuse a code used before, so the steps around now are tried here with its generator.
 */
@Component
class TwoFactorCodes {

    static final int PERIOD_SECONDS = 30;
    /** One step either side of now: a phone's clock a little off still works. */
    static final int DRIFT_STEPS = 1;
    static final int RECOVERY_CODES = 10;
    private static final Pattern TOTP = Pattern.compile("\\d{6}");

    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator();
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final RecoveryCodeGenerator recovery = new RecoveryCodeGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    TwoFactorCodes(Clock clock) {
        this.clock = clock;
    }

    /** 160 random bits (SecureRandom) in Base32, as authenticator apps take them. */
    String newSecret() {
        return secrets.generate();
    }

    String otpauthUri(String secret, String username) {
        return qrData(secret, username).getUri();
    }

    byte[] qrPng(String secret, String username) {
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return generator.generate(qrData(secret, username));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    private static QrData qrData(String secret, String username) {
        return new QrData.Builder().label(username).secret(secret).issuer("Tierline")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
    }

    /** Whether the text is shaped like an authenticator code (six digits, spaces ignored) rather than recovery. */
    static boolean looksLikeTotp(String typed) {
        return TOTP.matcher(normalise(typed)).matches();
    }

    long currentStep() {
        return clock.instant().getEpochSecond() / PERIOD_SECONDS;
    }

    /** The time step (now, or one either side) whose code this is; empty when it is none of them. */
    OptionalLong matchingStep(String secret, String typed) {
        String code = normalise(typed);
        long now = currentStep();
        OptionalLong match = OptionalLong.empty();
        // Every candidate is computed and compared in constant time, so timing does not tell which one matched.
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    private String generate(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A TOTP code could not be computed", e);
        }
    }

    List<String> newRecoveryCodes() {
        return List.of(recovery.generateCodes(RECOVERY_CODES));
    }

    String newSalt() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** Recovery codes carry 80 random bits each, so one salted SHA-256 is enough (no slow hash needed). */
    static String digest(String salt, String recoveryCode) {
        return com.tierline.shared.Sha256.hex((salt + ':' + normalise(recoveryCode)).getBytes(StandardCharsets.UTF_8));
    }

    static boolean sameDigest(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }
}
