package com.tierline.webhook.service;

import com.tierline.webhook.domain.WebhookAttempt;
import com.tierline.webhook.domain.WebhookAttemptRepository;
import com.tierline.webhook.domain.WebhookDelivery;
import com.tierline.webhook.domain.WebhookDeliveryRepository;
import com.tierline.webhook.domain.WebhookEndpoint;
import com.tierline.webhook.domain.WebhookEndpointRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the deliveries that are due, after their business transaction committed. Each node polls; a delivery is sent
 * by the node whose version-checked claim took its lease, so two nodes on one database never both send it. Nothing
 * of the schedule is in memory: a node that restarts (or another node, once a lease runs out) carries on from the rows.
 */
@Component
public class WebhookDispatcher {

    /** Waits after the 1st, 2nd, … failed attempt; after the last, the delivery is given up (six attempts in all). */
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));
    /** Longer than connect and read timeouts together, so a lease never runs out while its POST is under way. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final WebhookEndpointRepository endpoints;
    private final WebhookSecrets secrets;
    private final WebhookPost post;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WebhookDispatcher(WebhookDeliveryRepository deliveries, WebhookAttemptRepository attempts,
            WebhookEndpointRepository endpoints, WebhookSecrets secrets, WebhookPost post,
            PlatformTransactionManager transactions, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.post = post;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${tierline.webhook.dispatch-poll}",
            fixedDelayString = "${tierline.webhook.dispatch-poll}")
    void poll() {
        sendDue(clock.instant());
    }

    /** Sends what is due at {@code now} and this node could claim; returns how many attempts it made. */
    public int sendDue(Instant now) {
        List<WebhookDelivery> due = transaction.execute(s -> deliveries.findDue(now, PageRequest.of(0, BATCH)));
        int sent = 0;
        for (WebhookDelivery candidate : due == null ? List.<WebhookDelivery>of() : due) {
            Boolean claimed = transaction.execute(s -> deliveries.claim(candidate.getId(), candidate.getVersion(),
                    now.plus(LEASE)) == 1);
            if (Boolean.TRUE.equals(claimed)) {
                attempt(candidate.getId(), now);
                sent++;
            }
        }
        return sent;
    }

    private void attempt(Long deliveryId, Instant now) {
        WebhookDelivery delivery = transaction.execute(s -> deliveries.findById(deliveryId).orElseThrow());
        WebhookEndpoint endpoint = transaction.execute(s -> endpoints.findById(delivery.getEndpointId()).orElseThrow());
        WebhookPost.Result result = send(endpoint, delivery, now);
        transaction.executeWithoutResult(s -> {
            WebhookDelivery current = deliveries.findById(deliveryId).orElseThrow();
            attempts.save(new WebhookAttempt(deliveryId, now, result.status(), result.error(), result.durationMs(),
                    result.responseExcerpt()));
            if (result.delivered()) {
                current.delivered();
            } else {
                int failures = current.getAttempts();
                current.failed(failures < BACK_OFF.size() ? now.plus(BACK_OFF.get(failures)) : null);
            }
        });
        if (!result.delivered()) {
            log.info("Webhook delivery {} to endpoint {} failed: {}", deliveryId, endpoint.getId(),
                    result.status() != null ? "HTTP " + result.status() : result.error());
        }
    }

    private WebhookPost.Result send(WebhookEndpoint endpoint, WebhookDelivery delivery, Instant now) {
        String secret;
        try {
            secret = secrets.decrypt(endpoint.getSecretEncrypted());
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            // A node started with another TIERLINE_WEBHOOK_KEY: an attempt on the record that backs off like any
            // failure, never an exception that would stop this run before the other endpoints' deliveries.
            return new WebhookPost.Result(null, WebhookFailure.SECRET_UNREADABLE.stored(unreadable.getMessage()), 0,
                    null);
        }
        return post.send(endpoint.getUrl(), delivery.getEventId(), secret, now.getEpochSecond(), delivery.getPayload());
    }
}
