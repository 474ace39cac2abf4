package com.tierline.history.service;

/**
 * Announced, in the transaction of the decision, once a decision's history row exists: whoever keeps that
 * decision's letter keeps it now, while the case still says what the decision said.
 */
public record DecisionRecorded(long applicationId, long decisionId) {
}
