package com.tierline.webhook.ui;

import com.tierline.shared.Formats;
import com.tierline.webhook.service.WebhookFailure;
import com.tierline.webhook.service.Webhooks;
import com.tierline.webhook.service.Webhooks.Delivery;
import java.util.Locale;

/** A delivery's standing and last answer as the delivery log says them: what is true, not the row's state name. */
final class DeliveryWords {

    private DeliveryWords() {
    }

    /** "Waiting to be sent" is only for a delivery never tried; one that failed says so and when it is tried next. */
    static String status(Delivery delivery, Locale locale) {
        String again = delivery.resendOf() == null ? "" : " (sent again)";
        int tries = delivery.attemptCount();
        return switch (delivery.outcome()) {
            case DELIVERED -> "Delivered" + again;
            case GIVEN_UP -> "Given up after " + Formats.count(tries, "attempt", "attempts", locale) + again;
            case PENDING -> tries == 0 ? "Waiting to be sent" + again
                    : "Failed " + (tries == 1 ? "once" : Formats.count(tries, "time", "times", locale))
                            + (delivery.nextAttemptAt() == null ? ""
                                    : "; next try at " + Formats.dateTime(delivery.nextAttemptAt(), locale))
                            + again;
        };
    }

    static String lastResponse(Delivery delivery, Locale locale) {
        Webhooks.Attempt last = delivery.lastAttempt();
        if (last == null) {
            return "Not tried yet";
        }
        return WebhookFailure.describe(last.httpStatus(), last.error()) + " after "
                + Formats.count(last.durationMs(), locale) + " ms";
    }
}
