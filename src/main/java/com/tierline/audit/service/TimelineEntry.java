package com.tierline.audit.service;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of a case's merged history: an audit event (with its chain sequence and hash) or a process step from
 * Flowable's history (with how long it took, or null while it is still open).
 */
public record TimelineEntry(Instant at, Source source, Long sequence, String actor, String what, String details,
        Duration duration, String hash) {

    public enum Source { AUDIT, PROCESS }

    public boolean open() {
        return source == Source.PROCESS && duration == null;
    }
}
