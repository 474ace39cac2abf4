package com.tierline.party.domain;

/** RULES.md §3.2: a universal VEU deploys in any Tier 2 country; a national one in its one destination. */
public enum VeuKind {
    UVEU("Universal validated end user"),
    NVEU("National validated end user");

    private final String label;

    VeuKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
