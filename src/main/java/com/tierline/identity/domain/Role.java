package com.tierline.identity.domain;

/** Roles as in DESIGN.md; Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    EXPORTER, REVIEWER, SENIOR_REVIEWER, AUDITOR, ADMIN,
    /** An exporter's own administrator: invites and deactivates colleagues of its organisation (issue 15). */
    ORG_ADMIN;

    public static final String EXPORTER_ = "EXPORTER";
    public static final String REVIEWER_ = "REVIEWER";
    public static final String SENIOR_REVIEWER_ = "SENIOR_REVIEWER";
    public static final String AUDITOR_ = "AUDITOR";
    public static final String ADMIN_ = "ADMIN";
    public static final String ORG_ADMIN_ = "ORG_ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role in words, as every screen names it: the one place that does, so no enum name reaches a person. */
    public String label() {
        return switch (this) {
            case EXPORTER -> "Exporter";
            case REVIEWER -> "Reviewer";
            case SENIOR_REVIEWER -> "Senior reviewer";
            case AUDITOR -> "Auditor";
            case ADMIN -> "Administrator";
            case ORG_ADMIN -> "Organisation administrator";
        };
    }

    /** Roles of the authority's own staff, who never belong to an exporting organisation. */
    public boolean isStaff() {
        return this != EXPORTER && this != ORG_ADMIN;
    }

    /** Roles whose work comes from a team's queue (the team's code is the Flowable candidate group). */
    public boolean needsTeam() {
        return this == REVIEWER || this == SENIOR_REVIEWER;
    }

    /** Roles in words, in a fixed order (the enum's), joined for a grid cell or an audit sentence. */
    public static String labels(java.util.Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(java.util.stream.Collectors.joining(", "));
    }
}
