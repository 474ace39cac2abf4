package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.domain.Team;
import com.tierline.identity.domain.TeamRepository;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.PlainText;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review teams for administrators: create, rename, list with members. A team's code is the Flowable candidate
 * group of its tasks (and stored on every case routed to it), so it is fixed at creation; only the name changes.
 */
@Service
@RolesAllowed(Role.ADMIN_)
public class TeamAdministration {

    public static final String CODE = "code";
    public static final String NAME = "name";
    static final Pattern CODE_FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,63}");

    /** A team with its members in words ("Ana Reviewer (reviewer1)"), and the version a rename must still find. */
    public record TeamSummary(String code, String name, List<String> members, long version) {
    }

    private final TeamRepository teams;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    TeamAdministration(TeamRepository teams, AppUserRepository users, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.teams = teams;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> list() {
        return teams.findAll(Sort.by("name")).stream().map(t -> new TeamSummary(t.getCode(), t.getName(),
                users.findByTeamCode(t.getCode()).stream().map(TeamAdministration::member).toList(), t.getVersion()))
                .toList();
    }

    @Transactional
    public void create(String code, String name) {
        List<Refusal> refusals = new ArrayList<>();
        if (code == null || !CODE_FORMAT.matcher(code).matches()) {
            refusals.add(new Refusal("team.code-format", CODE, "A team code has 2 to 64 characters: lower-case "
                    + "letters, digits and hyphens, starting with a letter (e.g. gulf-desk). It cannot change later."));
        } else if (teams.existsByCode(code)) {
            refusals.add(new Refusal("team.code-taken", CODE, "There is already a team " + code + "."));
        }
        String trimmed = checkName(name, refusals);
        if (!refusals.isEmpty()) {
            throw new AdministrationRefusedException(refusals);
        }
        teams.save(new Team(code, trimmed));
        events.publishEvent(new AuditableAction(currentUser.actorName(), "team.created", null,
                Map.of("code", code, "name", trimmed)));
    }

    @Transactional
    public void rename(String code, String name, long version) {
        Team team = teams.findByCode(code).orElseThrow(() -> new AdministrationRefusedException("team.unknown",
                "There is no team " + code + "."));
        if (team.getVersion() != version) {
            throw new AdministrationRefusedException("team.changed-meanwhile", ConcurrentChange.of("team "
                    + team.getName()));
        }
        List<Refusal> refusals = new ArrayList<>();
        String trimmed = checkName(name, refusals);
        if (!refusals.isEmpty()) {
            throw new AdministrationRefusedException(refusals);
        }
        if (trimmed.equals(team.getName())) {
            return;
        }
        String before = team.getName();
        team.rename(trimmed);
        events.publishEvent(new AuditableAction(currentUser.actorName(), "team.renamed", null,
                Map.of("code", code, "from", before, "to", trimmed)));
    }

    private static String checkName(String name, List<Refusal> refusals) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            refusals.add(new Refusal("team.name-missing", NAME, "Give the team a name of up to 200 characters."));
        } else {
            PlainText.problem(trimmed, false).ifPresent(p -> refusals.add(new Refusal("team.name-not-plain-text",
                    NAME, p)));
        }
        return trimmed;
    }

    private static String member(AppUser u) {
        return u.getDisplayName() + " (" + u.getUsername() + (u.isEnabled() ? "" : ", deactivated") + ")";
    }
}
