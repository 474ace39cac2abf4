package com.tierline.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** An organisation administrator's invitation of a colleague; the link's token is kept only as its SHA-256. */
@Entity
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String tokenHash;
    @ManyToOne(fetch = FetchType.EAGER)
    private Organisation organisation;
    private String email;
    private String displayName;
    private boolean organisationAdmin;
    private String invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant acceptedAt;
    private String acceptedUsername;

    protected Invitation() {
    }

    public Invitation(String tokenHash, Organisation organisation, String email, String displayName,
            boolean organisationAdmin, String invitedBy, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.organisation = organisation;
        this.email = AppUser.normaliseEmail(email);
        this.displayName = displayName;
        this.organisationAdmin = organisationAdmin;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Open: not yet accepted and not expired at {@code now}. */
    public boolean openAt(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }

    public void accept(String username, Instant at) {
        this.acceptedAt = at;
        this.acceptedUsername = username;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isOrganisationAdmin() {
        return organisationAdmin;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }
}
