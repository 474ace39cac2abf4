package com.tierline.review.service;

/** The reviewer's queues, as tabs: who holds a case, where it waits, whether it is late. */
/** The reviewer's queues, as tabs. */
public enum ReviewQueue {
    UNASSIGNED("Unassigned"), MINE("Mine"), WAITING_ON_EXPORTER("Waiting on exporter"), ESCALATED("Escalated"),
    OVERDUE("Overdue"), TEAM("All in my team");

    private final String label;

    ReviewQueue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
