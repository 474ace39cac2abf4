package com.tierline.identity.service;

import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reviewers by name and by team, for assigning work. */
@Service
public class ReviewerDirectory {

    private final AppUserRepository users;
    private final Clock clock;

    ReviewerDirectory(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> reviewer(String username) {
        return users.findByUsername(username).filter(u -> u.isEnabled() && (u.getRoles().contains(Role.REVIEWER)
                || u.getRoles().contains(Role.SENIOR_REVIEWER))).map(u -> new SignedInUser(u, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<String> teamMembers(String teamCode) {
        return users.findAllOrdered().stream().filter(u -> u.getTeam() != null && u.getTeam().getCode()
                .equals(teamCode)).map(u -> u.getUsername()).toList();
    }
}
