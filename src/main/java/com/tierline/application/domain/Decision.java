package com.tierline.application.domain;

public enum Decision {
    APPROVE("Approved"), DENY("Denied");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
