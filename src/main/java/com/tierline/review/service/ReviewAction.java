package com.tierline.review.service;

/** What a reviewer can do on a case; {@link ReviewService#availableActions} says which apply now. */
public enum ReviewAction {
    CLAIM("Claim"), RELEASE("Release"), APPROVE("Approve"), DENY("Deny"),
    REQUEST_INFORMATION("Request information"), ESCALATE("Escalate");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
