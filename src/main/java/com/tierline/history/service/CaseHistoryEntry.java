package com.tierline.history.service;

import com.tierline.history.domain.DecisionKind;
import com.tierline.shared.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One row of a case's decision history as the reader may see it: {@code actor} is a person's user name, or for an
 * exporter reading an official's act, the office ("Licensing officer"). {@code letter}: a letter can be downloaded.
 */
public record CaseHistoryEntry(int sequence, DecisionKind kind, String actor, Instant at, String reason,
        String licenceNumber, LocalDate licenceValidUntil, String appealReference, boolean letter) {

    /** "Denied: <reason>", "Appeal upheld (APL-2026-000001): <reason>", "Approved: ... Licence TLL-…". */
    public String sentence(Locale locale) {
        StringBuilder s = new StringBuilder(kind.label());
        if (appealReference != null) {
            s.append(" (").append(appealReference).append(')');
        }
        if (reason != null && !reason.isBlank()) {
            s.append(": ").append(reason);
        }
        if (licenceNumber != null) {
            s.append(reason == null ? ". " : " ").append("Licence ").append(licenceNumber)
                    .append(licenceValidUntil == null ? "" : ", valid until " + Formats.date(licenceValidUntil, locale)).append('.');
        }
        return s.toString();
    }
}
