package com.tierline.party.domain;

/** Whether a registered party is in use, or was found to be another one and merged into it. */
public enum PartyStatus {
    ACTIVE("Active"),
    MERGED("Merged into another party");

    private final String label;

    PartyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
