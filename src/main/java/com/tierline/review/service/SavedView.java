package com.tierline.review.service;

/** A named queue with its filters, kept on the server; shared views are offered to the whole team. */
public record SavedView(long id, String owner, String name, boolean shared, ReviewQueue queue,
        QueueFilter filter) {
}
