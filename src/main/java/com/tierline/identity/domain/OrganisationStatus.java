package com.tierline.identity.domain;

/** Where an organisation stands with the authority: only an approved one's users may sign in and file. */
public enum OrganisationStatus {
    PENDING, APPROVED, REFUSED, DEACTIVATED;

    /** The status in words, as screens and audit sentences name it. */
    public String label() {
        return switch (this) {
            case PENDING -> "Waiting for approval";
            case APPROVED -> "Approved";
            case REFUSED -> "Refused";
            case DEACTIVATED -> "Deactivated";
        };
    }
}
