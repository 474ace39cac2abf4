package com.tierline.audit.service;

import com.tierline.shared.AuditableAction;
import com.tierline.shared.SignInOutcome;
import com.tierline.shared.SignInOutcome.Channel;
import com.tierline.shared.SignInOutcome.Outcome;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits every sign-in without letting anyone flood the permanent log. Kept one row each: every sign-in through
 * the form, every wrong password for a real account (the lockout bounds those), and the first API sign-in of a user
 * from an address in each window. Counted and written as one row per address when the window closes: refusals
 * (unknown user names, refused or throttled accounts, repeats) and the further API sign-ins. Counts not yet written
 * are lost if the process dies; an orderly stop writes them.
 */
@Component
public class LoginAuditor {

    static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = LoggerFactory.getLogger(LoginAuditor.class);

    private record ApiUse(String username, String address) {
    }

    private final AuditTrail trail;
    private final Clock clock;
    private final Map<String, Map<Outcome, Integer>> refusals = new ConcurrentHashMap<>();
    private final Map<ApiUse, Integer> apiSignIns = new ConcurrentHashMap<>();
    private final ScheduledExecutorService windows;
    private volatile Instant windowStart;

    LoginAuditor(AuditTrail trail, Clock clock, @Value("${tierline.security.sign-in-audit-window}") Duration window) {
        this.trail = trail;
        this.clock = clock;
        this.windowStart = clock.instant();
        this.windows = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sign-in-audit-window");
            thread.setDaemon(true);
            return thread;
        });
        windows.scheduleAtFixedRate(this::flushQuietly, window.toMillis(), window.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener
    void on(SignInOutcome attempt) {
        switch (attempt.outcome()) {
            case SUCCEEDED -> succeeded(attempt);
            case WRONG_PASSWORD -> trail.record(new AuditableAction(attempt.username(), "login.failed", null,
                    Map.of("reason", "wrong password", "address", attempt.address(),
                            "channel", channel(attempt.channel()))));
            default -> refusals.merge(attempt.address(), Map.of(attempt.outcome(), 1), LoginAuditor::add);
        }
    }

    private void succeeded(SignInOutcome attempt) {
        if (attempt.channel() == Channel.API
                && apiSignIns.merge(new ApiUse(attempt.username(), attempt.address()), 1, Integer::sum) > 1) {
            return;
        }
        trail.record(new AuditableAction(attempt.username(), "login.succeeded", null,
                Map.of("address", attempt.address(), "channel", channel(attempt.channel()))));
    }

    /**
     * Closes the window: one row per address for its refusals, and one per user and address for the API sign-ins
     * after the first. Runs on a timer every {@code tierline.security.sign-in-audit-window} and at shutdown.
     */
    public void flush() {
        Instant from = windowStart;
        Instant to = clock.instant();
        windowStart = to;
        for (String address : List.copyOf(refusals.keySet())) {
            Map<Outcome, Integer> counts = refusals.remove(address);
            if (counts != null) {
                Map<String, Object> payload = window(address, from, to);
                payload.put("count", counts.values().stream().mapToInt(Integer::intValue).sum());
                counts.forEach((outcome, n) -> payload.put(reason(outcome), n));
                trail.record(new AuditableAction(ANONYMOUS, "login.failed", null, payload));
            }
        }
        for (ApiUse use : List.copyOf(apiSignIns.keySet())) {
            Integer count = apiSignIns.remove(use);
            if (count != null && count > 1) {
                Map<String, Object> payload = window(use.address(), from, to);
                payload.put("channel", channel(Channel.API));
                payload.put("count", count);
                trail.record(new AuditableAction(use.username(), "login.succeeded", null, payload));
            }
        }
    }

    @PreDestroy
    void close() {
        windows.shutdownNow();
        flushQuietly();
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException failed) {
            // The timer must survive a database outage; the counts of this window are then lost, and said so.
            LOG.warn("Could not write the sign-in counts of the window that started {}: {}", windowStart, failed.toString());
        }
    }

    private static Map<String, Object> window(String address, Instant from, Instant to) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("address", address);
        payload.put("from", from.toString());
        payload.put("to", to.toString());
        return payload;
    }

    private static Map<Outcome, Integer> add(Map<Outcome, Integer> counts, Map<Outcome, Integer> more) {
        Map<Outcome, Integer> sum = new EnumMap<>(Outcome.class);
        sum.putAll(counts);
        more.forEach((outcome, n) -> sum.merge(outcome, n, Integer::sum));
        return sum;
    }

    private static String channel(Channel channel) {
        return channel == Channel.API ? "api" : "sign-in form";
    }

    private static String reason(Outcome outcome) {
        return switch (outcome) {
            case UNKNOWN_USER -> "unknownUser";
            case ACCOUNT_REFUSED -> "accountRefused";
            case THROTTLED -> "throttled";
            case REPEATED -> "repeated";
            case SUCCEEDED, WRONG_PASSWORD -> "other";
        };
    }
}
