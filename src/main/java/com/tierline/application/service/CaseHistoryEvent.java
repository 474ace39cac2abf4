package com.tierline.application.service;

/**
 * What the review, appeal and exporter services announce, in their own transaction, for the case's decision
 * history ({@link CaseHistoryLog} records each as a row). A decision's facts are read from the case itself, just
 * decided, so the row and the letter say what the case says.
 */
public sealed interface CaseHistoryEvent {

    long applicationId();

    /** The case was just approved or denied (its decision and any licence are set). */
    record Decided(long applicationId) implements CaseHistoryEvent {
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
