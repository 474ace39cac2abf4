package com.tierline.identity.service;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Half signed in: the password was right, the second factor is still to come. It carries one authority,
 * {@value #AUTHORITY}, and no role, so every route and service that needs a role refuses it; its principal is the
 * bare user name (not a {@link SignedInUser}), so nothing that asks {@link CurrentUser} takes it for a user. The
 * checked user is kept aside until a code replaces this with the full sign-in.
 */
public final class TwoFactorPending extends AbstractAuthenticationToken {

    public static final String AUTHORITY = "FACTOR_TOTP_PENDING";

    private final SignedInUser user;
    private final boolean enrolmentRequired;

    TwoFactorPending(SignedInUser user, boolean enrolmentRequired) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.user = user;
        this.enrolmentRequired = enrolmentRequired;
        setAuthenticated(true);
    }

    /** True when the user must first set up an authenticator (a role that requires it, not yet enrolled). */
    public boolean enrolmentRequired() {
        return enrolmentRequired;
    }

    SignedInUser user() {
        return user;
    }

    @Override
    public Object getPrincipal() {
        return user.getUsername();
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
