package com.tierline.audit.service;

/**
 * The result of recomputing the audit chain and comparing it with the signed checkpoints: valid, how many events,
 * the first sequence that cannot be vouched for if any, the last event's hash, how many checkpoints agreed, the
 * latest checkpoint whose signature verifies, how many checkpoints carry a key this node does not trust (and were not
 * used), and the finding in words.
 */
public record ChainVerification(boolean valid, long events, Long firstBrokenSequence, String lastHash,
        int checkpointsAgreeing, Checkpoint latestCheckpoint, int checkpointsUntrusted, String detail) {
}
