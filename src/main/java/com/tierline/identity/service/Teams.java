package com.tierline.identity.service;

import com.tierline.identity.domain.Team;
import com.tierline.identity.domain.TeamRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review teams, read-only, for features that name a team (routing) without reaching identity's repositories.
 * Team administration lives elsewhere; this only answers "which teams are there, and what is this one called".
 */
@Service
@Transactional(readOnly = true)
public class Teams {

    private final TeamRepository teams;

    Teams(TeamRepository teams) {
        this.teams = teams;
    }

    /** A team as other features see it: the code the process and the queues use, and the name a person reads. */
    public record TeamName(String code, String name) {
    }

    public List<TeamName> all() {
        return teams.findAll().stream().map(Teams::named).sorted(Comparator.comparing(TeamName::name)).toList();
    }

    public Optional<TeamName> byCode(String code) {
        return code == null ? Optional.empty() : teams.findByCode(code).map(Teams::named);
    }

    /** The team's name, or its code when the team is gone (an old routing still has to be readable). */
    public String nameOf(String code) {
        return byCode(code).map(TeamName::name).orElse(code);
    }

    private static TeamName named(Team team) {
        return new TeamName(team.getCode(), team.getName());
    }
}
