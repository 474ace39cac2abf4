package com.tierline.review.service;

/** What happened to one case of a bulk action: done, or refused and why. */
public record BulkResult(String reference, boolean done, String message) {
}
