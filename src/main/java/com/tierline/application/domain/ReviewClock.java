package com.tierline.application.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * Where a case's review clock stands: its state, when the warning and the deadline fall, and since when it has been
 * paused. Kept on the case because the queues sort and filter by it; the SLA feature moves it.
 */
@Embeddable
public record ReviewClock(@Enumerated(EnumType.STRING) SlaState state, Instant warnAt, Instant dueAt,
        Instant pausedAt) {

    static final ReviewClock NOT_STARTED = new ReviewClock(null, null, null, null);

    static ReviewClock orNotStarted(ReviewClock clock) {
        return clock == null ? NOT_STARTED : clock;
    }

    ReviewClock runningUntil(Instant warn, Instant due) {
        return new ReviewClock(SlaState.RUNNING, warn, due, null);
    }

    ReviewClock pausedAt(Instant at) {
        return new ReviewClock(SlaState.PAUSED, warnAt, dueAt, at);
    }

    ReviewClock marked(SlaState marked) {
        return new ReviewClock(marked, warnAt, dueAt, pausedAt);
    }
}
