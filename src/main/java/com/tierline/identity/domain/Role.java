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
}
