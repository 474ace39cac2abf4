package com.tierline.audit.service;

/** The result of recomputing the audit chain: valid, how many events, and the first broken link if any. */
public record ChainVerification(boolean valid, long events, Long firstBrokenSequence) {
}
