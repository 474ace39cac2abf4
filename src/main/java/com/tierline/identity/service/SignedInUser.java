package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the security context. It carries the organisation and team so that row-level
 * filtering needs no extra lookup on every query.
 */
public final class SignedInUser implements UserDetails {

    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Long organisationId;
    private final String organisationName;
    private final String teamCode;
    private final Set<Role> roles;
    private final boolean enabled;
    private final java.time.Instant lockedUntil;
    private final boolean locked;
    private final int failedSignIns;
    private final com.tierline.identity.domain.OrganisationStatus organisationStatus;
    private final String organisationStatusReason;

    /** The user as loaded at {@code loadedAt} (the application clock's now): locked or not at that moment. */
    SignedInUser(AppUser user, java.time.Instant loadedAt) {
        this.lockedUntil = user.getLockedUntil();
        this.locked = user.lockedAt(loadedAt);
        this.failedSignIns = user.getFailedSignIns();
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.displayName = user.getDisplayName();
        this.organisationId = user.getOrganisation() == null ? null : user.getOrganisation().getId();
        this.organisationName = user.getOrganisation() == null ? null : user.getOrganisation().getName();
        this.teamCode = user.getTeam() == null ? null : user.getTeam().getCode();
        this.roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        this.organisationStatus = user.getOrganisation() == null ? null : user.getOrganisation().getStatus();
        this.organisationStatusReason = user.getOrganisation() == null ? null
                : user.getOrganisation().getStatusReason();
        if (!organisationApproved()) {
            // Deny by default: until the authority approves the organisation (or after it refused or deactivated
            // it) its people hold no exporter authority at all; they reach only the page that says why.
            this.roles.removeAll(EnumSet.of(Role.EXPORTER, Role.ORG_ADMIN));
        }
        this.enabled = user.isEnabled();
    }

    public String displayName() {
        return displayName;
    }

    /** The exporter's organisation, or null for government users. */
    public Long organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    /** The review team, or null for users outside review. */
    public String teamCode() {
        return teamCode;
    }

    /** True for government users (no organisation) and people of an approved organisation. */
    public boolean organisationApproved() {
        return organisationStatus == null || organisationStatus == com.tierline.identity.domain.OrganisationStatus.APPROVED;
    }

    /** The organisation's status, or null for government users. */
    public com.tierline.identity.domain.OrganisationStatus organisationStatus() {
        return organisationStatus;
    }

    /** Why the organisation was refused or deactivated, in the administrator's words (null otherwise). */
    public String organisationStatusReason() {
        return organisationStatusReason;
    }

    /** Why this user may not act for its organisation, as a sentence; empty when it may. */
    public java.util.Optional<String> organisationStanding() {
        if (organisationApproved()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(switch (organisationStatus) {
            case PENDING -> "The registration of " + organisationName() + " is pending review by the licensing "
                    + "authority; you can file applications once it has been approved.";
            case REFUSED -> "The registration of " + organisationName() + " was refused: "
                    + organisationStatusReason;
            case DEACTIVATED -> organisationName() + " has been deactivated"
                    + (organisationStatusReason == null ? "." : ": " + organisationStatusReason);
            case APPROVED -> "";
        });
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** True when earlier wrong passwords or a lock are on record, which a successful sign-in clears. */
    boolean hasSignInFailuresOnRecord() {
        return failedSignIns > 0 || lockedUntil != null;
    }

    /** Locked after repeated failed sign-ins, until the lock expires (checked before the password). */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", roles=" + roles + "]";
    }

    public static List<String> authorityNames(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
