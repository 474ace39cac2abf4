package com.tierline.sla.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a case's SLA clock history. */
@Entity
@Table(name = "sla_event")
public class SlaEvent {

    public enum Kind { STARTED, PAUSED, RESUMED, WARNED, BREACHED, STOPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind event;
    private Instant occurredAt;
    private Instant dueAt;

    protected SlaEvent() {
    }

    public SlaEvent(Long applicationId, Kind event, Instant occurredAt, Instant dueAt) {
        this.applicationId = applicationId;
        this.event = event;
        this.occurredAt = occurredAt;
        this.dueAt = dueAt;
    }

    public Kind getEvent() {
        return event;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}
