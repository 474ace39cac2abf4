package com.tierline.identity.service;

import com.tierline.identity.domain.AppUser;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.domain.Team;
import com.tierline.identity.domain.TeamRepository;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo organisations, team and users (README lists them). Only in the {@code demo} profile; idempotent. */
@Component
@Profile("demo")
@Order(1)
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "tierline-demo";
    /** Waived from two-factor sign-in (README says so), so that the demo and the tests sign in with a password. */
    static final java.util.List<String> WAIVED_FROM_TWO_FACTOR = java.util.List.of("exporter1", "exporter2",
            "exporter3", "reviewer1", "reviewer2", "senior1", "senior2", "senior3", "auditor1", "admin1");
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final String reviewTeam;

    DemoAccounts(AppUserRepository users, OrganisationRepository organisations, TeamRepository teams,
            PasswordEncoder encoder, @Value("${tierline.review.default-team}") String reviewTeam) {
        this.users = users;
        this.organisations = organisations;
        this.teams = teams;
        this.encoder = encoder;
        this.reviewTeam = reviewTeam;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.findByUsername("exporter1").isPresent()) {
            log.info("Demo accounts exist");
            // A demo database from before two-factor sign-in gets its waiver too.
            users.waiveTwoFactor(WAIVED_FROM_TWO_FACTOR);
            return;
        }
        Organisation northwind = organisations.save(new Organisation("Northwind Compute", "US")
                .registeredAs("Santa Clara, California", "C4419203"));
        Organisation meridian = organisations.save(new Organisation("Meridian Systems", "US")
                .registeredAs("Austin, Texas", "TX-0803341776"));
        Team aiChips = teams.save(new Team(reviewTeam, "AI Chips"));
        String hash = encoder.encode(DEMO_PASSWORD);
        users.save(new AppUser("exporter1", hash, "Erin Exporter", Set.of(Role.EXPORTER)).inOrganisation(northwind)
                .withEmail("exporter1@northwind.example"));
        users.save(new AppUser("exporter2", hash, "Eli Exporter", Set.of(Role.EXPORTER, Role.ORG_ADMIN)).inOrganisation(northwind)
                .withEmail("exporter2@northwind.example"));
        users.save(new AppUser("exporter3", hash, "Mara Meridian", Set.of(Role.EXPORTER)).inOrganisation(meridian)
                .withEmail("exporter3@meridian.example"));
        users.save(new AppUser("reviewer1", hash, "Ana Reviewer", Set.of(Role.REVIEWER)).inTeam(aiChips)
                .withEmail("reviewer1@tierline.gov.example"));
        users.save(new AppUser("reviewer2", hash, "Ravi Reviewer", Set.of(Role.REVIEWER)).inTeam(aiChips)
                .withEmail("reviewer2@tierline.gov.example"));
        users.save(new AppUser("senior1", hash, "Sam Senior", Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER))
                .inTeam(aiChips).withEmail("senior1@tierline.gov.example"));
        // More seniors, so that four-eyes and the appeal panel (two others than the referrer) can be demonstrated.
        users.save(new AppUser("senior2", hash, "Sasha Senior", Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER))
                .inTeam(aiChips).withEmail("senior2@tierline.gov.example"));
        users.save(new AppUser("senior3", hash, "Sol Senior", Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER))
                .inTeam(aiChips).withEmail("senior3@tierline.gov.example"));
        users.save(new AppUser("auditor1", hash, "Alex Auditor", Set.of(Role.AUDITOR))
                .withEmail("auditor1@tierline.gov.example"));
        users.save(new AppUser("admin1", hash, "Ada Admin", Set.of(Role.ADMIN))
                .withEmail("admin1@tierline.gov.example"));
        users.waiveTwoFactor(WAIVED_FROM_TWO_FACTOR);
        log.info("Demo accounts created (password '{}'), waived from two-factor sign-in", DEMO_PASSWORD);
    }
}
