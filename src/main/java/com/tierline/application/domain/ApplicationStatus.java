package com.tierline.application.domain;

import java.util.EnumSet;
import java.util.Set;

/** Mirrors where the case's process stands (DESIGN.md "The case"); updated in the engine step's transaction. */
public enum ApplicationStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    SCREENED("Screened"),
    AUTHORISED("Authorised"),
    UNDER_REVIEW("Under review"),
    PRESUMED_DENIAL("Presumption of denial"),
    AWAITING_EXPORTER("Awaiting exporter"),
    ESCALATED("Escalated"),
    APPROVED("Approved"),
    DENIED("Denied"),
    WITHDRAWN("Withdrawn"),
    APPEALED("Appealed"),
    APPEAL_UPHELD("Appeal upheld"),
    APPEAL_DISMISSED("Appeal dismissed");

    /** Statuses in which a reviewer may work on the case. */
    public static final Set<ApplicationStatus> IN_REVIEW = EnumSet.of(UNDER_REVIEW, PRESUMED_DENIAL);

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
