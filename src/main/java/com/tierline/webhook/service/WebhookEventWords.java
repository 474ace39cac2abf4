package com.tierline.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An event's body as a sentence for the delivery log, read from the JSON that was (or will be) sent. */
final class WebhookEventWords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookEventWords() {
    }

    static String summary(String body) {
        try {
            JsonNode event = JSON.readTree(body);
            JsonNode data = event.path("data");
            if (CaseEventsToWebhooks.STATUS_CHANGED.equals(event.path("type").asText())) {
                String from = data.path("from").path("label").asText("");
                return data.path("reference").asText() + (from.isEmpty() ? " is now " : " moved from " + from + " to ")
                        + data.path("to").path("label").asText();
            }
            return "Event about " + data.path("reference").asText("the organisation");
        } catch (JsonProcessingException e) {
            return "An event that could not be read";
        }
    }
}
