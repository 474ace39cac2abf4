package com.tierline.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;

/**
 * Sign-in failures and locks are counted by atomic UPDATEs in {@link AppUserRepository}, not through this entity;
 * {@code @DynamicUpdate} keeps an administrator's save of a loaded user from writing back stale counts.
 */
@Entity
@DynamicUpdate
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String displayName;
    /** Lower-cased and trimmed; unique (one account per address); null for accounts made before issue 15. */
    private String email;
    @ManyToOne(fetch = FetchType.EAGER)
    private Organisation organisation;
    @ManyToOne(fetch = FetchType.EAGER)
    private Team team;
    private boolean enabled = true;
    private int failedSignIns;
    private Instant lockedUntil;
    /** Demo accounts only (set by the demo profile): signs in without a second factor even where one is required. */
    private boolean twoFactorWaived;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
    }

    public AppUser inOrganisation(Organisation organisation) {
        this.organisation = organisation;
        return this;
    }

    public AppUser inTeam(Team team) {
        this.team = team;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    /** Sets the address in its stored form (trimmed, lower case), so that lookups and uniqueness agree. */
    public AppUser withEmail(String email) {
        this.email = normaliseEmail(email);
        return this;
    }

    public static String normaliseEmail(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isTwoFactorWaived() {
        return twoFactorWaived;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    /** Whether a sign-in lock is in force at {@code now} (a lock that ran out no longer counts). */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public long getVersion() {
        return version;
    }

    /** An administrator's edit of who the person is and what they do; the service has checked the combination. */
    public void describe(String displayName, String email, Set<Role> roles, Team team, Organisation organisation) {
        this.displayName = displayName;
        this.email = normaliseEmail(email);
        this.roles.clear();
        this.roles.addAll(roles);
        this.team = team;
        this.organisation = organisation;
    }

    /** Sign-in is refused while deactivated (Spring Security reads {@link #isEnabled}); nothing else is lost. */
    public void deactivate() {
        this.enabled = false;
    }

    public void reactivate() {
        this.enabled = true;
    }

    /** An administrator lifts a lock before it runs out (and the count of failures with it). */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    // Issue 15, onboarding: passwords people set themselves, and colleagues an organisation administrator ends.

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Cannot sign in any more; the account and everything it did stay on record. */
    public void disable() {
        this.enabled = false;
    }
}
