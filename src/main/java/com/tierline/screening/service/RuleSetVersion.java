package com.tierline.screening.service;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the rule-set register, for listing. */
public record RuleSetVersion(String version, LocalDate effectiveFrom, Status status, String description,
        Instant createdAt, String createdBy, Instant publishedAt, String publishedBy) {

    public enum Status { DRAFT, PUBLISHED }
}
