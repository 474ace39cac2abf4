package com.tierline.webhook.service;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Refusal;
import com.tierline.webhook.domain.WebhookAttempt;
import com.tierline.webhook.domain.WebhookAttemptRepository;
import com.tierline.webhook.domain.WebhookDelivery;
import com.tierline.webhook.domain.WebhookDeliveryRepository;
import com.tierline.webhook.domain.WebhookEndpoint;
import com.tierline.webhook.domain.WebhookEndpointRepository;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation administrator's webhook endpoints and their delivery log. Every method works on the caller's own
 * organisation only (row level): another organisation's endpoint or delivery answers as unknown.
 */
@Service
public class Webhooks {

    /** An endpoint as its administrator sees it; the secret is never part of it. */
    public record Endpoint(long id, String url, String description, boolean active, Instant createdAt, long version) {
    }

    /** A new or rotated secret, shown once: only its encryption is kept. */
    public record WithSecret(Endpoint endpoint, String secret) {
    }

    /** One try, in words: the HTTP status or the error, and how long it took. */
    public record Attempt(Instant at, Integer httpStatus, String error, long durationMs, String responseExcerpt) {
    }

    /** {@code summary}: what the event says, in words ("TL-2026-000001 moved from Submitted to Screened"). */
    public record Delivery(long id, String eventId, String summary, String caseReference, Instant createdAt,
            WebhookDelivery.Outcome outcome, int attemptCount, Instant nextAttemptAt, Long resendOf,
            List<Attempt> attempts) {

        public Attempt lastAttempt() {
            return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
        }
    }

    static final int DESCRIPTION_LENGTH = 300;
    private static final int LOG_SIZE = 100;

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private final WebhookSecrets secrets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Webhooks(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
            WebhookAttemptRepository attempts, WebhookSecrets secrets, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.secrets = secrets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional(readOnly = true)
    public List<Endpoint> list() {
        return endpoints.findByOrganisationIdOrderByIdAsc(organisation()).stream().map(Webhooks::view).toList();
    }

    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional
    public WithSecret add(String url, String description, boolean active) {
        check(url, description);
        SignedInUser caller = currentUser.require();
        String secret = secrets.generate();
        WebhookEndpoint endpoint = endpoints.save(new WebhookEndpoint(caller.organisationId(), url.strip(),
                description.strip(), active, secrets.encrypt(secret), caller.getUsername(), clock.instant()));
        audit("webhook.added", endpoint);
        return new WithSecret(view(endpoint), secret);
    }

    /** {@code version} is the one the administrator saw: a change made meanwhile by another is refused. */
    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional
    public Endpoint change(long id, long version, String url, String description, boolean active) {
        check(url, description);
        WebhookEndpoint endpoint = own(id);
        if (endpoint.getVersion() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Endpoint " + id + " changed");
        }
        boolean wasActive = endpoint.isActive();
        endpoint.change(url.strip(), description.strip(), active);
        endpoints.flush();
        audit(wasActive == active ? "webhook.changed" : active ? "webhook.resumed" : "webhook.paused", endpoint);
        return view(endpoint);
    }

    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional
    public WithSecret rotateSecret(long id) {
        WebhookEndpoint endpoint = own(id);
        String secret = secrets.generate();
        endpoint.replaceSecret(secrets.encrypt(secret));
        endpoints.flush();
        audit("webhook.secret-rotated", endpoint);
        return new WithSecret(view(endpoint), secret);
    }

    /** The endpoint's latest deliveries, newest first, each with its attempts. */
    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(long endpointId) {
        WebhookEndpoint endpoint = own(endpointId);
        List<WebhookDelivery> rows = deliveries.findByEndpointIdOrderByIdDesc(endpoint.getId(),
                PageRequest.of(0, LOG_SIZE));
        Map<Long, List<Attempt>> tries = attempts.findByDeliveryIdInOrderByIdAsc(
                rows.stream().map(WebhookDelivery::getId).toList()).stream().collect(Collectors.groupingBy(
                        WebhookAttempt::getDeliveryId, LinkedHashMap::new, Collectors.mapping(Webhooks::view,
                                Collectors.toList())));
        return rows.stream().map(d -> view(d, tries.getOrDefault(d.getId(), List.of()))).toList();
    }

    /**
     * A new delivery of the same event (same event id and body, so the receiver can tell it has seen it), due now;
     * the original and its attempts stay as they were.
     */
    @RolesAllowed(Role.ORG_ADMIN_)
    @Transactional
    public Delivery resend(long deliveryId) {
        WebhookDelivery original = deliveries.findById(deliveryId)
                .filter(d -> endpoints.findByIdAndOrganisationId(d.getEndpointId(), organisation()).isPresent())
                .orElseThrow(() -> new WebhookNotFoundException("delivery", deliveryId));
        WebhookDelivery again = deliveries.save(new WebhookDelivery(original.getEndpointId(), original.getEventId(),
                original.getEventType(), original.getCaseReference(), original.getPayload(), clock.instant(),
                original.getId()));
        WebhookEndpoint endpoint = endpoints.findById(original.getEndpointId()).orElseThrow();
        Map<String, Object> payload = payload(endpoint);
        payload.put("eventId", original.getEventId());
        payload.put("application", original.getCaseReference() == null ? "" : original.getCaseReference());
        events.publishEvent(new AuditableAction(currentUser.actorName(), "webhook.resent", null, payload));
        return view(again, List.of());
    }

    private void check(String url, String description) {
        List<Refusal> refusals = new ArrayList<>();
        WebhookUrls.check(url).ifPresent(refusals::add);
        if (description == null || description.isBlank()) {
            refusals.add(new Refusal("description.required", "description",
                    "Say what receives the events, for example \"Order system, production\"."));
        } else if (description.strip().length() > DESCRIPTION_LENGTH) {
            refusals.add(new Refusal("description.too-long", "description",
                    "Keep the description to " + DESCRIPTION_LENGTH + " characters."));
        }
        if (!refusals.isEmpty()) {
            throw new WebhookRefusedException(refusals);
        }
    }

    private WebhookEndpoint own(long id) {
        return endpoints.findByIdAndOrganisationId(id, organisation())
                .orElseThrow(() -> new WebhookNotFoundException("webhook endpoint", id));
    }

    private Long organisation() {
        Long id = currentUser.require().organisationId();
        if (id == null) {
            throw new org.springframework.security.access.AccessDeniedException("Not in an organisation");
        }
        return id;
    }

    private void audit(String action, WebhookEndpoint endpoint) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, null, payload(endpoint)));
    }

    private static Map<String, Object> payload(WebhookEndpoint endpoint) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("endpoint", endpoint.getId());
        payload.put("url", endpoint.getUrl());
        payload.put("description", endpoint.getDescription());
        payload.put("active", endpoint.isActive());
        return payload;
    }

    private static Endpoint view(WebhookEndpoint e) {
        return new Endpoint(e.getId(), e.getUrl(), e.getDescription(), e.isActive(), e.getCreatedAt(), e.getVersion());
    }

    private static Attempt view(WebhookAttempt a) {
        return new Attempt(a.getAttemptedAt(), a.getHttpStatus(), a.getError(), a.getDurationMs(),
                a.getResponseExcerpt());
    }

    private static Delivery view(WebhookDelivery d, List<Attempt> tries) {
        return new Delivery(d.getId(), d.getEventId(), WebhookEventWords.summary(d.getPayload()),
                d.getCaseReference(), d.getCreatedAt(),
                d.getOutcome(), d.getAttempts(), d.getNextAttemptAt(), d.getResendOf(), tries);
    }
}
