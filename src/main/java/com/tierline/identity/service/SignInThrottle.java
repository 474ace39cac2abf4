package com.tierline.identity.service;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per account name and per client address, in this node's memory: every sign-in attempt
 * whose password would be checked takes a token from both, and a successful one gives them back, so that in effect
 * failed attempts are limited. The lockout bounds guesses at one account; this bounds the cost of hammering a
 * locked or unknown one and guessing across many accounts from one address.
 */
@Component
class SignInThrottle {

    private static final Duration PERIOD = Duration.ofMinutes(1);
    /** Attacker-chosen names must not grow the maps without end: full buckets are dropped now and then. */
    private static final int SWEEP_EVERY = 1024;
    private static final int LONGEST_KEY = 256;

    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final int perAccount;
    private final int perAddress;

    SignInThrottle(@Value("${tierline.security.throttle.failed-sign-ins-per-account-per-minute}") int perAccount,
            @Value("${tierline.security.throttle.failed-sign-ins-per-address-per-minute}") int perAddress) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Empty when the attempt may go ahead (a token taken from both buckets), else how long to wait. */
    Optional<Duration> tryAcquire(String username, String address) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            sweep(accounts, perAccount);
            sweep(addresses, perAddress);
        }
        Bucket account = accounts.computeIfAbsent(key(username), k -> bucket(perAccount));
        ConsumptionProbe forAccount = account.tryConsumeAndReturnRemaining(1);
        if (!forAccount.isConsumed()) {
            return Optional.of(Duration.ofNanos(forAccount.getNanosToWaitForRefill()));
        }
        ConsumptionProbe forAddress = addresses.computeIfAbsent(key(address), k -> bucket(perAddress))
                .tryConsumeAndReturnRemaining(1);
        if (!forAddress.isConsumed()) {
            account.addTokens(1);
            return Optional.of(Duration.ofNanos(forAddress.getNanosToWaitForRefill()));
        }
        return Optional.empty();
    }

    /** A successful sign-in does not count against either allowance. */
    void giveBack(String username, String address) {
        Optional.ofNullable(accounts.get(key(username))).ifPresent(b -> b.addTokens(1));
        Optional.ofNullable(addresses.get(key(address))).ifPresent(b -> b.addTokens(1));
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder().addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, PERIOD)).build();
    }

    private static void sweep(Map<String, Bucket> buckets, int capacity) {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }

    private static String key(String value) {
        String key = value == null ? "" : value;
        return key.length() > LONGEST_KEY ? key.substring(0, LONGEST_KEY) : key;
    }
}
