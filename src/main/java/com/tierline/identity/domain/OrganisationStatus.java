package com.tierline.identity.domain;

/** Where an organisation stands with the authority: only an approved one's users may sign in and file. */
public enum OrganisationStatus {
    PENDING, APPROVED, REFUSED, DEACTIVATED
}
