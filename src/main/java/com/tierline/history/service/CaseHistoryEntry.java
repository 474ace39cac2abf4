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
        return withReasonAndLicence(s, locale);
    }

    /**
     * One sentence that names the appeal in its words and who acted ({@code by}, e.g. "the licensing officer";
     * none for the reader's own acts): "Appeal APL-2026-000001 upheld by the senior licensing officer: <reason>",
     * "Reopened for a fresh screening and review after appeal APL-2026-000001 by Tierline".
     */
    public String sentence(Locale locale, String by) {
        StringBuilder s = new StringBuilder(switch (kind) {
            case APPEAL_LODGED, APPEAL_UPHELD, APPEAL_DISMISSED -> appealReference == null ? kind.label()
                    : kind.label().replaceFirst("^Appeal ", "Appeal " + appealReference + " ");
            default -> appealReference == null ? kind.label() : kind.label() + " after appeal " + appealReference;
        });
        if (by != null) {
            s.append(" by ").append(by);
        }
        return withReasonAndLicence(s, locale);
    }

    private String withReasonAndLicence(StringBuilder s, Locale locale) {
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
