package com.tierline.identity.service;

import com.tierline.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The secrets in invitation and password-reset links: 256 random bits from SecureRandom, URL-safe Base64. Only the
 * SHA-256 is stored (a fast hash is enough for a random secret of that size); the link goes only into the mail.
 */
@Component
class LinkTokens {

    record Issued(String token, String hash) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Environment environment;
    private final Duration lifetime;

    LinkTokens(Environment environment, @Value("${tierline.onboarding.link-lifetime}") Duration lifetime) {
        this.environment = environment;
        this.lifetime = lifetime;
    }

    Issued issue() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(token, hash(token));
    }

    static String hash(String token) {
        return Sha256.hex((token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
    }

    Duration lifetime() {
        return lifetime;
    }

    /**
     * An absolute link to {@code route} in this application, from the configured public URL; resolved when asked
     * because in tests the server's port is known only once it has started.
     */
    String link(String route) {
        String base = environment.getRequiredProperty("tierline.public-url");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + route;
    }
}
