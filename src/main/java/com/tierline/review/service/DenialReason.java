package com.tierline.review.service;

/** Why a licence is denied, from a fixed list so that denials can be counted and compared. */
public enum DenialReason {
    PRESUMPTION_OF_DENIAL("Tier 3 destination: presumption of denial not rebutted"),
    RESTRICTED_PARTY("A party is on a restricted-party list"),
    DIVERSION_RISK("Risk of diversion to a prohibited end use or destination"),
    END_USE_NOT_CREDIBLE("End use inconsistent with the buyer's business"),
    ALLOCATION_EXHAUSTED("The destination's allocation cannot cover the request"),
    SECURITY_CONDITIONS("Data-centre security conditions not met"),
    INSUFFICIENT_INFORMATION("Information requested was not sufficient"),
    OTHER("Other (explained in the text)");

    private final String label;

    DenialReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
