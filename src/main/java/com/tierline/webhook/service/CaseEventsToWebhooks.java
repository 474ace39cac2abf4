package com.tierline.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.CaseRecords;
import com.tierline.application.service.CaseStatusChanged;
import com.tierline.webhook.domain.WebhookDelivery;
import com.tierline.webhook.domain.WebhookDeliveryRepository;
import com.tierline.webhook.domain.WebhookEndpoint;
import com.tierline.webhook.domain.WebhookEndpointRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a case's status change into one delivery per active endpoint of the case's organisation, written in the
 * step's own transaction (the outbox): a step that rolls back sends nothing, and a committed one is sent even if
 * this node stops right after. The body carries only what the exporter sees anyway: no reviewer, no reasons.
 */
@Component
class CaseEventsToWebhooks {

    static final String STATUS_CHANGED = "application.status_changed";

    private final CaseRecords cases;
    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    CaseEventsToWebhooks(CaseRecords cases, WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
            ObjectMapper json, Clock clock) {
        this.cases = cases;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void statusChanged(CaseStatusChanged change) {
        if (change.from() == change.to()) {
            return;
        }
        Long organisationId = cases.find(change.reference()).map(a -> a.getOrganisation().getId()).orElse(null);
        if (organisationId == null) {
            return;
        }
        List<WebhookEndpoint> active = endpoints.findByOrganisationIdAndActiveTrue(organisationId);
        if (active.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        String body = body(eventId, now, change);
        for (WebhookEndpoint endpoint : active) {
            deliveries.save(new WebhookDelivery(endpoint.getId(), eventId, STATUS_CHANGED, change.reference(), body,
                    now, null));
        }
    }

    private String body(String eventId, Instant occurredAt, CaseStatusChanged change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reference", change.reference());
        data.put("from", status(change.from()));
        data.put("to", status(change.to()));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", eventId);
        event.put("type", STATUS_CHANGED);
        event.put("occurredAt", occurredAt.toString());
        event.put("data", data);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serialises", e);
        }
    }

    /** A stable code for programs ("under_review") and the words the exporter's screens show. */
    static Map<String, String> status(ApplicationStatus status) {
        if (status == null) {
            return null;
        }
        Map<String, String> words = new LinkedHashMap<>();
        words.put("code", status.name().toLowerCase(Locale.ROOT));
        words.put("label", status.label());
        return words;
    }
}
