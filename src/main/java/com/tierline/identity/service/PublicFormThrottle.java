package com.tierline.identity.service;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registrations and password-reset requests need no account, so they are limited per client address (Bucket4j
 * token buckets in this node's memory, as {@link SignInThrottle} does for sign-ins): a script cannot create
 * organisations or fill mailboxes by the thousand.
 */
@Component
class PublicFormThrottle {

    enum Form {
        REGISTRATION, PASSWORD_RESET
    }

    private static final int LONGEST_KEY = 256;
    private static final int MOST_ADDRESSES = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int registrationsPerHour;
    private final int resetsPerHour;

    PublicFormThrottle(@Value("${tierline.onboarding.registrations-per-address-per-hour}") int registrationsPerHour,
            @Value("${tierline.onboarding.password-resets-per-address-per-hour}") int resetsPerHour) {
        this.registrationsPerHour = registrationsPerHour;
        this.resetsPerHour = resetsPerHour;
    }

    /** True when {@code address} may send {@code form} once more now (a token is taken). */
    boolean tryAcquire(Form form, String address) {
        if (buckets.size() > MOST_ADDRESSES) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= Math.min(registrationsPerHour, resetsPerHour));
        }
        String key = form + " " + (address == null ? "" : address);
        int perHour = form == Form.REGISTRATION ? registrationsPerHour : resetsPerHour;
        return buckets.computeIfAbsent(key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key,
                k -> Bucket.builder().addLimit(l -> l.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .build()).tryConsume(1);
    }
}
