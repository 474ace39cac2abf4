package com.tierline.identity.service;

import com.tierline.identity.domain.Role;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a user stands with two-factor sign-in. Staff roles require it; exporters and organisation administrators
 * may choose it; a demo account may be waived. {@code enrolledAt} is null when no authenticator is set up.
 */
public record TwoFactorStatus(boolean required, boolean waived, Instant enrolledAt) {

    /** The roles whose holders must sign in with a second factor. */
    public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.REVIEWER, Role.SENIOR_REVIEWER, Role.AUDITOR,
            Role.ADMIN);

    static boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(REQUIRED_FOR::contains);
    }

    public boolean enrolled() {
        return enrolledAt != null;
    }

    /** A code is asked after the password: enrolled, or required and not waived (then enrolment comes first). */
    public boolean secondFactorAsked() {
        return enrolled() || (required && !waived);
    }

    /** Only someone whose roles do not require it may turn it off. */
    public boolean mayBeTurnedOff() {
        return enrolled() && !required;
    }
}
