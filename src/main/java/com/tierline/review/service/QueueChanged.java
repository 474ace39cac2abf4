package com.tierline.review.service;

/** A case moved in or out of reviewers' queues (claimed, released, decided …); published after the change. */
public record QueueChanged(String reference, String action) {
}
