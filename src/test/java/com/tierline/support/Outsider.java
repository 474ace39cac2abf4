package com.tierline.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an oversight body does with an exported checkpoint and nothing but the JDK and the published public key:
 * rebuild the signed text from the checkpoint's fields by the documented format and check the Ed25519 signature.
 * Deliberately none of the application's classes.
 */
public final class Outsider {

    private Outsider() {
    }

    /**
     * {@code checkpointLine} as exports print it: sequence, hash, signed at, key id, signature (Base64), separated by
     * spaces; {@code publicKey} X.509, Base64.
     */
    public static boolean verifies(String checkpointLine, String publicKey) {
        String[] f = checkpointLine.trim().split(" ");
        String text = String.join("\n", "tierline-audit-checkpoint/v1", f[0], f[1], f[2], f[3]);
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            String keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return keyId.equals(f[3]) && ed25519.verify(Base64.getDecoder().decode(f[4]));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
