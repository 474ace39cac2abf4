package com.tierline.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.service.RuleSetChanges.Publication;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A version published to take effect tomorrow re-screens nothing today, and re-screens every open case once when
 * tomorrow comes, however many nodes poll. Each "node" is a poller on its own moved clock.
 */
@TierlineIT
class RuleSetTakesEffectIT {

    static final String VERSION = "it-from-tomorrow";

    @Autowired ApplicationService applications;
    @Autowired CaseScreening screening;
    @Autowired RuleSetChanges changes;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired LicenceApplicationRepository repository;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheTestVersion() {
        // The in-memory database is shared by every test context: put the shipped version back in force.
        jdbc.update("delete from rule_set_version where version = ?", VERSION);
        SignIn.out();
    }

    @Test
    void aVersionPublishedForTomorrowRescreensOpenCasesOnceWhenTomorrowComes() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        applications.submit(reference);
        String before = applications.find(reference).orElseThrow().ruleSetVersion();

        SignIn.as(users, "admin1");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        ruleSets.createDraft(before, VERSION, tomorrow, Map.of(), "The same rules, in force from tomorrow (test)");
        Publication publication = changes.publish(VERSION);
        assertThat(publication.inForceNow()).isFalse();
        assertThat(publication.effectiveFrom()).isEqualTo(tomorrow);
        assertThat(publication.rescreenedNow()).as("nothing is re-screened before the date").isZero();
        assertThat(publication.openNow()).as("the open cases to be re-screened then").isPositive();
        assertThat(ruleSets.current().version()).as("the old version stays in force today").isEqualTo(before);
        SignIn.out();

        node(Duration.ZERO).poll();
        assertThat(screeningVersions(reference)).as("nothing before the date").containsExactly(before);

        RuleSetTakesEffect first = node(Duration.ofDays(1));
        RuleSetTakesEffect second = node(Duration.ofDays(1).plusMinutes(5));
        first.poll();
        assertThat(screeningVersions(reference)).as("re-screened through the normal path, keeping the first record")
                .containsExactly(before, VERSION);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'application.rescreened' "
                + "and case_reference = ? and payload like '%took effect%'", Integer.class, reference))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'ruleset.took-effect' "
                + "and payload like ?", Integer.class, "%" + VERSION + "%")).isEqualTo(1);

        second.poll();
        first.poll();
        assertThat(screeningVersions(reference)).as("once, whichever node polls next").containsExactly(before,
                VERSION);
        assertThat(second.rescreenVersionsTakingEffectBy(tomorrow)).isZero();
    }

    /** A poller as another node would run it, with its clock moved by {@code ahead}. */
    private RuleSetTakesEffect node(Duration ahead) {
        return new RuleSetTakesEffect(ruleSets, repository, screening, events, transactions,
                Clock.offset(clock, ahead));
    }

    private List<String> screeningVersions(String reference) {
        return jdbc.queryForList("select s.rule_set_version from screening_result s join licence_application a on "
                + "a.id = s.application_id where a.reference = ? order by s.id", String.class, reference);
    }
}
