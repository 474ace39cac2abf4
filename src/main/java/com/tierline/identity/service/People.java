package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told of what happens to a case: the active people in a role, with the address their mail goes to. For
 * listeners and process steps inside the action's transaction (a timer has nobody signed in), hence MANDATORY:
 * nothing reaches these addresses from a screen or the API.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY, readOnly = true)
public class People {

    /** A person to tell; {@code email} is null when the account has none (they get the in-app notice only). */
    public record Person(String username, String displayName, String email) {
    }

    private final AppUserRepository users;

    People(AppUserRepository users) {
        this.users = users;
    }

    /** The organisation's active exporters: the people who file and answer for it. */
    public List<Person> exportersOf(long organisationId) {
        return users.findByOrganisationIdOrderByUsernameAsc(organisationId).stream()
                .filter(active(Role.EXPORTER)).map(People::person).toList();
    }

    /** The reviewer {@code username}, if that account is active and still reviews. */
    public Optional<Person> reviewer(String username) {
        return Optional.ofNullable(username).flatMap(users::findByUsername)
                .filter(active(Role.REVIEWER).or(active(Role.SENIOR_REVIEWER))).map(People::person);
    }

    /** The team's active reviewers and senior reviewers: who may pick up an unclaimed case of the team. */
    public List<Person> reviewersOf(String teamCode) {
        return users.findByTeamCode(teamCode).stream().filter(active(Role.REVIEWER).or(active(Role.SENIOR_REVIEWER)))
                .map(People::person).toList();
    }

    /** The active senior reviewers: they hear appeals. */
    public List<Person> seniorReviewers() {
        return users.findAllOrdered().stream().filter(active(Role.SENIOR_REVIEWER)).map(People::person).toList();
    }

    private static Predicate<AppUser> active(Role role) {
        return u -> u.isEnabled() && u.getRoles().contains(role);
    }

    private static Person person(AppUser u) {
        return new Person(u.getUsername(), u.getDisplayName(), u.getEmail());
    }
}
