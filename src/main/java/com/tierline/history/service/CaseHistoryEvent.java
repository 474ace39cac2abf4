package com.tierline.history.service;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the review, appeal and exporter services announce, in their own transaction, for the case's decision
 * history ({@link CaseHistoryLog} records each as a row). Each event carries the facts its row keeps, so the history
 * never reads the case aggregate and stays below the features that act on it.
 */
public sealed interface CaseHistoryEvent {

    long applicationId();

    /**
     * The case was just approved or denied, with the facts it now holds; {@code onSeniorReview} when the case had
     * been escalated, so the decision is the senior reviewer's. The licence fields are null on a denial.
     */
    record Decided(long applicationId, boolean approved, boolean onSeniorReview, String by, Instant at,
            String reason, String licenceNumber, LocalDate licenceValidUntil) implements CaseHistoryEvent {
    }

    record InformationRequested(long applicationId, String by, String question) implements CaseHistoryEvent {
    }

    record InformationProvided(long applicationId, String by, String answer) implements CaseHistoryEvent {
    }

    record Escalated(long applicationId, String by, String justification) implements CaseHistoryEvent {
    }

    record Withdrawn(long applicationId, String by, String reason) implements CaseHistoryEvent {
    }

    record AppealLodged(long applicationId, String by, String appealReference, String grounds)
            implements CaseHistoryEvent {
    }

    /** Published before an upheld appeal reopens the case, so the standing decision's letter is kept first. */
    record AppealDecided(long applicationId, boolean upheld, String by, String appealReference, String reason)
            implements CaseHistoryEvent {
    }

    record Reopened(long applicationId, String by, String appealReference) implements CaseHistoryEvent {
    }
}
