package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.domain.Team;
import com.tierline.identity.domain.TeamRepository;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authority's administrators create, change, deactivate and reactivate user accounts. The service decides
 * (formats, uniqueness, which roles go with a team or an organisation, never the last administrator); views only
 * show its refusals at the fields they name. Every change is audited with what it was before.
 */
@Service
@RolesAllowed(Role.ADMIN_)
public class UserAdministration {

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String EMAIL = "email";
    public static final String ROLES = "roles";
    public static final String TEAM = "team";
    public static final String ORGANISATION = "organisation";

    /** What an administrator states about a user; {@code username} is read only when creating. */
    public record UserForm(String username, String displayName, String email, Set<Role> roles, String teamCode,
            Long organisationId) {
    }

    /** A user as the edit form shows it, with the version the form's save must still find. */
    public record UserAccount(String username, String displayName, String email, Set<Role> roles, String teamCode,
            Long organisationId, boolean active, long version) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    UserAdministration(AppUserRepository users, TeamRepository teams, OrganisationRepository organisations,
            PasswordEncoder passwords, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.users = users;
        this.teams = teams;
        this.organisations = organisations;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public UserAccount find(String username) {
        AppUser u = require(username);
        return new UserAccount(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getRoles(),
                u.getTeam() == null ? null : u.getTeam().getCode(),
                u.getOrganisation() == null ? null : u.getOrganisation().getId(), u.isEnabled(), u.getVersion());
    }

    /**
     * A new account with no usable password: its hash is of a random secret nobody is told, until the person sets
     * their own through a set-password link.
     */
    @Transactional
    public UserAccount create(UserForm form) {
        List<Refusal> refusals = new ArrayList<>(UserFields.check(form, true));
        if (form.username() != null && users.existsByUsername(form.username())) {
            refusals.add(new Refusal("user.username-taken", USERNAME, "The user name " + form.username()
                    + " is taken; choose another."));
        }
        Placement placement = place(form, null, refusals);
        String secret = Base64.getEncoder().encodeToString(randomBytes());
        AppUser user = new AppUser(form.username(), passwords.encode(secret), form.displayName().strip(),
                form.roles());
        user.describe(form.displayName().strip(), form.email(), form.roles(), placement.team(),
                placement.organisation());
        users.save(user);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("user", user.getUsername());
        payload.put("description", describe(user));
        audit("user.created", payload);
        return find(user.getUsername());
    }

    @Transactional
    public UserAccount update(String username, UserForm form, long version) {
        AppUser user = require(username);
        requireVersion(user, version);
        List<Refusal> refusals = new ArrayList<>(UserFields.check(form, false));
        Placement placement = place(form, user, refusals);
        if (user.isEnabled() && user.getRoles().contains(Role.ADMIN) && !form.roles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(user, "take the administrator role from");
        }
        ReviewerMoved moved = moved(user, form);
        Map<String, String> before = particulars(user);
        user.describe(form.displayName().strip(), form.email(), form.roles(), placement.team(),
                placement.organisation());
        Map<String, String> after = particulars(user);
        // Only what changed, so the auditor reads "roles Reviewer" to "roles Reviewer, Senior reviewer".
        List<String> changed = before.keySet().stream().filter(k -> !before.get(k).equals(after.get(k))).toList();
        if (!changed.isEmpty()) {
            audit("user.changed", Map.of("user", username, "before", join(before, changed), "after",
                    join(after, changed)));
        }
        if (moved.teamLeft() != null || moved.seniorReviewLeft()) {
            events.publishEvent(moved);
        }
        return find(username);
    }

    @Transactional
    public void deactivate(String username) {
        AppUser user = require(username);
        if (username.equals(currentUser.actorName())) {
            throw new AdministrationRefusedException("user.deactivate-self", "You cannot deactivate your own "
                    + "account; ask another administrator.");
        }
        if (!user.isEnabled()) {
            throw new AdministrationRefusedException("user.already-inactive", username + " is already deactivated.");
        }
        if (user.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdministrator(user, "deactivate");
        }
        user.deactivate();
        // Review hands the cases this user held back to the team's queue, in this transaction.
        events.publishEvent(new UserDeactivated(username, user.getTeam() == null ? null : user.getTeam().getCode()));
        audit("user.deactivated", Map.of("user", username));
    }

    @Transactional
    public void reactivate(String username) {
        AppUser user = require(username);
        if (user.isEnabled()) {
            throw new AdministrationRefusedException("user.already-active", username + " is already active.");
        }
        user.reactivate();
        audit("user.reactivated", Map.of("user", username));
    }

    private record Placement(Team team, Organisation organisation) {
    }

    /** Resolves team and organisation, adds the refusals that need the database, and throws if there are any. */
    private Placement place(UserForm form, AppUser self, List<Refusal> refusals) {
        String email = AppUser.normaliseEmail(form.email());
        if (email != null && users.findByEmail(email).filter(other -> other != self).isPresent()) {
            refusals.add(new Refusal("user.email-taken", EMAIL, email + " is the address of another account."));
        }
        Team team = form.teamCode() == null ? null : teams.findByCode(form.teamCode()).orElse(null);
        if (form.teamCode() != null && team == null) {
            refusals.add(new Refusal("user.team-unknown", TEAM, "There is no team " + form.teamCode() + "."));
        }
        Organisation organisation = form.organisationId() == null ? null
                : organisations.findById(form.organisationId()).orElse(null);
        if (form.organisationId() != null && organisation == null) {
            refusals.add(new Refusal("user.organisation-unknown", ORGANISATION, "That organisation no longer exists."));
        }
        if (!refusals.isEmpty()) {
            throw new AdministrationRefusedException(refusals);
        }
        return new Placement(team, organisation);
    }

    /** What review work the edit takes the user out of: the team's queue, senior review, or nothing. */
    private static ReviewerMoved moved(AppUser user, UserForm form) {
        String team = user.getTeam() == null ? null : user.getTeam().getCode();
        boolean reviewed = user.getRoles().stream().anyMatch(Role::needsTeam);
        boolean reviews = form.roles().stream().anyMatch(Role::needsTeam);
        String left = reviewed && team != null && !(reviews && team.equals(form.teamCode())) ? team : null;
        return new ReviewerMoved(user.getUsername(), left, user.getRoles().contains(Role.SENIOR_REVIEWER)
                && !form.roles().contains(Role.SENIOR_REVIEWER));
    }

    private void requireAnotherAdministrator(AppUser user, String what) {
        if (users.countByRolesContainingAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new AdministrationRefusedException("user.last-administrator", "You cannot " + what + " "
                    + user.getUsername() + ": it is the last active administrator.");
        }
    }

    private static void requireVersion(AppUser user, long version) {
        if (user.getVersion() != version) {
            throw new AdministrationRefusedException("user.changed-meanwhile", ConcurrentChange.of(
                    "the account of " + user.getUsername()));
        }
    }

    private AppUser require(String username) {
        return users.findByUsername(Objects.requireNonNullElse(username, "")).orElseThrow(() ->
                new AdministrationRefusedException("user.unknown", "There is no user " + username + "."));
    }

    /** The account in words, for the audit record: what an auditor compares before and after. */
    private static String describe(AppUser u) {
        Map<String, String> parts = particulars(u);
        return join(parts, List.copyOf(parts.keySet()));
    }

    private static Map<String, String> particulars(AppUser u) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("name", u.getDisplayName());
        parts.put("e-mail", u.getEmail() == null ? "none" : u.getEmail());
        parts.put("roles", Role.labels(u.getRoles()));
        parts.put("team", u.getTeam() == null ? "none" : u.getTeam().getName());
        parts.put("organisation", u.getOrganisation() == null ? "none" : u.getOrganisation().getName());
        return parts;
    }

    private static String join(Map<String, String> parts, List<String> keys) {
        return String.join("; ", keys.stream().map(k -> k + " " + parts.get(k)).toList());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private void audit(String action, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, null, payload));
    }
}
