package com.tierline.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.webhook.domain.WebhookDelivery.Outcome;
import com.tierline.webhook.service.Webhooks.Attempt;
import com.tierline.webhook.service.Webhooks.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The delivery log's Status and Last response columns say what happened, not the row's state or a class name. */
class DeliveryWordsTest {

    static final Instant RAISED = Instant.parse("2026-12-01T10:00:00Z");
    static final Attempt REFUSED = new Attempt(RAISED, null, "refused: ConnectException", 109, null);

    static Delivery delivery(Outcome outcome, Instant next, Attempt... attempts) {
        return new Delivery(1, "evt", "TL-1 is now Submitted", "TL-1", RAISED, outcome, attempts.length, next, null,
                List.of(attempts));
    }

    @Test
    void aDeliveryNeverTriedIsWaitingToBeSent() {
        assertThat(DeliveryWords.status(delivery(Outcome.PENDING, RAISED), Locale.ENGLISH))
                .isEqualTo("Waiting to be sent");
        assertThat(DeliveryWords.lastResponse(delivery(Outcome.PENDING, RAISED), Locale.ENGLISH))
                .isEqualTo("Not tried yet");
    }

    @Test
    void aDeliveryWhoseAttemptsFailedSaysHowOftenAndWhenItIsTriedNext() {
        Delivery failedTwice = delivery(Outcome.PENDING, Instant.parse("2026-12-01T10:06:00Z"), REFUSED, REFUSED);
        assertThat(DeliveryWords.status(failedTwice, Locale.ENGLISH))
                .startsWith("Failed 2 times; next try at ").contains("10:06");
        assertThat(DeliveryWords.status(delivery(Outcome.PENDING, RAISED, REFUSED), Locale.ENGLISH))
                .startsWith("Failed once; next try at ");
    }

    @Test
    void aDeliveredOrGivenUpDeliverySaysSo() {
        Attempt ok = new Attempt(RAISED, 204, null, 12, "");
        assertThat(DeliveryWords.status(delivery(Outcome.DELIVERED, null, REFUSED, ok), Locale.ENGLISH))
                .isEqualTo("Delivered");
        assertThat(DeliveryWords.status(delivery(Outcome.GIVEN_UP, null, REFUSED, REFUSED, REFUSED, REFUSED, REFUSED,
                REFUSED), Locale.ENGLISH)).isEqualTo("Given up after 6 attempts");
    }

    @Test
    void theLastResponseIsInWords() {
        assertThat(DeliveryWords.lastResponse(delivery(Outcome.PENDING, RAISED, REFUSED), Locale.ENGLISH))
                .isEqualTo("Connection refused after 109 ms");
        Attempt oldRow = new Attempt(RAISED, null, "Could not connect: ConnectException", 109, null);
        assertThat(DeliveryWords.lastResponse(delivery(Outcome.PENDING, RAISED, oldRow), Locale.ENGLISH))
                .isEqualTo("Connection refused after 109 ms");
        Attempt serverError = new Attempt(RAISED, 500, null, 1234, "receiver is down");
        assertThat(DeliveryWords.lastResponse(delivery(Outcome.PENDING, RAISED, serverError), Locale.ENGLISH))
                .isEqualTo("HTTP 500 Internal Server Error after 1,234 ms");
    }
}
