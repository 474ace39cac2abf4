package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.domain.Team;
import com.tierline.identity.domain.TeamRepository;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second demo team, "Gulf desk", with one reviewer, so routing to teams can be shown (the demo routing rule sends
 * it cases for Kuwait, Bahrain and Oman). After {@link DemoAccounts}; only in the {@code demo} profile; idempotent.
 */
@Component
@Profile("demo")
@Order(2)
class DemoGulfDesk implements ApplicationRunner {

    static final String CODE = "gulf-desk";

    private final TeamRepository teams;
    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    DemoGulfDesk(TeamRepository teams, AppUserRepository users, PasswordEncoder encoder) {
        this.teams = teams;
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (teams.findByCode(CODE).isPresent()) {
            return;
        }
        Team gulf = teams.save(new Team(CODE, "Gulf desk"));
        users.save(new AppUser("gulfreviewer1", encoder.encode(DemoAccounts.DEMO_PASSWORD), "Gus Gulf",
                Set.of(Role.REVIEWER)).inTeam(gulf).withEmail("gulfreviewer1@tierline.gov.example"));
        // Like the other demo accounts, waived from two-factor sign-in so that the demo signs in with a password.
        users.waiveTwoFactor(java.util.List.of("gulfreviewer1"));
    }
}
