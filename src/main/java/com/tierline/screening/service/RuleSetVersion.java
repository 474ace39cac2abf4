package com.tierline.screening.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of the rule-set register, for listing. {@code rescreenedAt} is when open cases were screened again under it:
 * null for a draft and for a version published ahead of its effective date until that date has come.
 */
public record RuleSetVersion(String version, LocalDate effectiveFrom, Status status, String description,
        Instant createdAt, String createdBy, Instant publishedAt, String publishedBy, Instant rescreenedAt) {

    public enum Status { DRAFT, PUBLISHED }
}
