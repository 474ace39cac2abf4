package com.tierline.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.administration.service.RevisionRescreen;
import com.tierline.administration.service.RuleSetChanges;
import com.tierline.administration.service.RuleSetChanges.OutcomeChange;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.ScreeningSnapshot;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.RuleSetRefusedException;
import com.tierline.screening.service.ScreeningService;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A destination moved from Tier 2 to Tier 1 by a new version: dry run first, then publish and re-screen. */
@TierlineIT
class RuleSetVersionsIT {

    static final String VERSION = "it-ch-tier1";

    @Autowired ApplicationService applications;
    @Autowired RuleSetChanges changes;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired ScreeningService screening;
    @Autowired RevisionRescreen revisionRescreen;

    @AfterEach
    void removeTheTestVersion() {
        // The in-memory database is shared by every test context: put the shipped version back in force.
        jdbc.update("delete from rule_set_version where version = ?", VERSION);
        SignIn.out();
    }

    @Test
    void dryRunNamesTheChangeAndPublishingRescreensUnderTheNewVersion() {
        String reference = Cases.in(context).filed("exporter1", "CH");
        assertThat(reserved("CH")).isGreaterThanOrEqualTo(new BigDecimal("31664000"));
        BigDecimal reservedBefore = reserved("CH");

        SignIn.as(users, "admin1");
        ruleSets.createDraft("2025-01-15r2", VERSION, LocalDate.now(ZoneOffset.UTC), Map.of("CH", 1),
                "Switzerland moved to Tier 1 (test)");
        assertThat(ruleSets.current().version()).as("a draft is not in force").isEqualTo("2025-01-15r2");

        assertThat(changes.dryRun(VERSION)).contains(new OutcomeChange(reference, "Northwind Compute", "CH",
                "LICENCE_REQUIRED", "AUTHORISED_TIER1", 2, 1));
        SignIn.as(users, "exporter1");
        assertThat(applications.find(reference).orElseThrow().ruleSetVersion()).as("dry run changes nothing")
                .isEqualTo("2025-01-15r2");

        SignIn.as(users, "admin1");
        changes.publish(VERSION);
        assertThat(ruleSets.current().version()).isEqualTo(VERSION);

        SignIn.as(users, "exporter1");
        CaseDetails after = applications.find(reference).orElseThrow();
        assertThat(after.outcome()).isEqualTo("AUTHORISED_TIER1");
        assertThat(after.ruleSetVersion()).isEqualTo(VERSION);
        assertThat(after.screenings()).extracting(s -> s.result().ruleSetVersion())
                .containsExactly("2025-01-15r2", VERSION);
        assertThat(after.screenings()).extracting(ScreeningSnapshot::result).extracting(r -> r.outcome().name())
                .containsExactly("LICENCE_REQUIRED", "AUTHORISED_TIER1");
        assertThat(reserved("CH")).isEqualByComparingTo(reservedBefore.subtract(new BigDecimal("31664000")));
    }

    /**
     * A corrected revision shipped with a new release: on start it is stored beside the first (never over it) and
     * every open case screened under the old one is screened again, keeping the record of both.
     */
    @Test
    void aShippedRevisionIsLoadedOnStartAndOpenCasesAreRescreenedUnderIt() throws Exception {
        String revision = "2025-01-15r2";
        String firstRevisionJson = jdbc.queryForObject("select content_json from rule_set_version where version = ?",
                String.class, "2025-01-15");
        jdbc.update("delete from rule_set_version where version = ?", revision); // as before this release
        String reference;
        try {
            reference = Cases.in(context).filed("exporter1", "PR");
            CaseDetails before = applications.find(reference).orElseThrow();
            assertThat(before.ruleSetVersion()).isEqualTo("2025-01-15");
            assertThat(before.outcome()).as("Puerto Rico was Tier 2 in the first revision")
                    .isEqualTo("LICENCE_REQUIRED");
            SignIn.out();

            screening.run(null); // the start-up of the new release
            revisionRescreen.run(null);
        } finally {
            ruleSets.loadShippedVersions();
        }
        assertThat(screening.loadedAtStart()).containsExactly(revision);
        assertThat(ruleSets.current().version()).isEqualTo(revision);
        SignIn.as(users, "exporter1");
        CaseDetails after = applications.find(reference).orElseThrow();
        assertThat(after.outcome()).as("part of the United States").isEqualTo("AUTHORISED_TIER1");
        assertThat(after.ruleSetVersion()).isEqualTo(revision);
        assertThat(after.screenings()).extracting(snapshot -> snapshot.result().ruleSetVersion())
                .containsExactly("2025-01-15", revision);
        assertThat(jdbc.queryForObject("select content_json from rule_set_version where version = ?", String.class,
                "2025-01-15")).as("the published first revision is never edited").isEqualTo(firstRevisionJson);
    }

    @Test
    void onlyAdministratorsChangeRuleSetsAndBadDraftsAreRefused() {
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> changes.dryRun("2025-01-15")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ruleSets.publish("2025-01-15")).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "admin1");
        assertThatThrownBy(() -> ruleSets.createDraft("2025-01-15", "2025-01-15", LocalDate.now(), Map.of(), ""))
                .isInstanceOf(RuleSetRefusedException.class).hasMessage("A rule set called 2025-01-15 already exists.");
        assertThatThrownBy(() -> ruleSets.createDraft("2025-01-15", VERSION, LocalDate.now(), Map.of("XX", 1), ""))
                .isInstanceOf(RuleSetRefusedException.class).hasMessage("Unknown country XX");
        assertThatThrownBy(() -> ruleSets.publish("2025-01-15")).isInstanceOf(RuleSetRefusedException.class)
                .hasMessageContaining("Only a draft can be published");
    }

    private BigDecimal reserved(String country) {
        return jdbc.queryForObject("select reserved_tpp from allocation_ledger where country = ? and period = "
                + "'2025-2027'", BigDecimal.class, country);
    }
}
