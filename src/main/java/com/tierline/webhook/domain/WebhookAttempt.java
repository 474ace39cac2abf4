package com.tierline.webhook.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One try at a delivery, as it happened; never rewritten (the database refuses updates, V28_1). */
@Entity
@Immutable
public class WebhookAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long deliveryId;
    private Instant attemptedAt;
    private Integer httpStatus;
    private String error;
    private long durationMs;
    private String responseExcerpt;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(Long deliveryId, Instant attemptedAt, Integer httpStatus, String error, long durationMs,
            String responseExcerpt) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.httpStatus = httpStatus;
        this.error = error;
        this.durationMs = durationMs;
        this.responseExcerpt = responseExcerpt;
    }

    public Long getId() {
        return id;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getHttpStatus() {
        return httpStatus;
    }

    public String getError() {
        return error;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getResponseExcerpt() {
        return responseExcerpt;
    }
}
