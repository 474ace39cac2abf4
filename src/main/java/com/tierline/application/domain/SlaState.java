package com.tierline.application.domain;

/** Where a case's review clock stands. */
public enum SlaState {
    RUNNING("On time"), PAUSED("Paused (waiting on exporter)"), WARNING("Due soon"), OVERDUE("Overdue"),
    STOPPED("Stopped");

    private final String label;

    SlaState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
