package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users for administrators (list, unlock), and display names for everyone who needs to show an actor. */
@Service
public class UserDirectory {

    /** {@code lockedUntil} is set only while a lock is in force. */
    public record UserSummary(String username, String displayName, String email, String organisation, String team,
            String roles, boolean active, Instant lockedUntil) {

        public boolean locked() {
            return lockedUntil != null;
        }
    }

    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserDirectory(AppUserRepository users, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers() {
        Instant now = clock.instant();
        return users.findAllOrdered().stream().map(u -> new UserSummary(u.getUsername(), u.getDisplayName(),
                u.getEmail() == null ? "" : u.getEmail(),
                u.getOrganisation() == null ? "" : u.getOrganisation().getName(),
                u.getTeam() == null ? "" : u.getTeam().getName(), Role.labels(u.getRoles()), u.isEnabled(),
                u.lockedAt(now) ? u.getLockedUntil() : null)).toList();
    }

    /**
     * Lifts a sign-in lock before it runs out (the lockout message tells people to ask an administrator). False when
     * there was no lock to lift: it ran out, or another administrator lifted it first.
     */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public boolean unlock(String username) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (!user.lockedAt(clock.instant())) {
            return false;
        }
        Instant was = user.getLockedUntil();
        user.unlock();
        events.publishEvent(new AuditableAction(currentUser.actorName(), "account.unlocked", null,
                Map.of("user", username, "wasLockedUntil", was.toString())));
        return true;
    }

    @Transactional(readOnly = true)
    public String displayName(String username) {
        return Optional.ofNullable(username).flatMap(users::findByUsername).map(AppUser::getDisplayName)
                .orElse(username);
    }

    /** Who a step of the engine or a scheduled job reads as: the record stores "system" or "process" for it. */
    public static final String AUTOMATIC = "Tierline (automatic)";

    private static final java.util.Set<String> MACHINE_ACTORS = java.util.Set.of("system", "process");

    /**
     * {@link #nameAndUsername} for one page or document: each person is looked up once however many rows name them.
     * Hold it no longer than the page: a renamed colleague reads by the new name on the next one.
     */
    public java.util.function.UnaryOperator<String> names() {
        java.util.Map<String, String> named = new java.util.HashMap<>();
        return username -> username == null ? null : named.computeIfAbsent(username, this::nameAndUsername);
    }

    /**
     * "Mara Meridian (exporter3)": the person, with the user name the record and the audit chain know them by. A
     * user that no longer exists, or an actor that is no user ("Tierline"), reads as the name stored; the engine and
     * scheduled jobs read as {@link #AUTOMATIC}.
     */
    @Transactional(readOnly = true)
    public String nameAndUsername(String username) {
        if (MACHINE_ACTORS.contains(username)) {
            return AUTOMATIC;
        }
        return Optional.ofNullable(username).flatMap(users::findByUsername)
                .map(u -> u.getDisplayName() + " (" + u.getUsername() + ")").orElse(username);
    }
}
