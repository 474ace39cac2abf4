package com.tierline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.appeal.service.AppealService;
import com.tierline.application.service.ApplicationDraft;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.ReviewQueues;
import com.tierline.review.service.ReviewService;
import com.tierline.routing.service.CaseRouter;
import com.tierline.routing.service.Routed;
import com.tierline.routing.service.RoutingRefusedException;
import com.tierline.routing.service.RoutingRules;
import com.tierline.routing.service.RuleTerms;
import com.tierline.routing.service.RuleView;
import com.tierline.screening.domain.Outcome;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two teams: AI Chips (the default) and the Gulf desk, which the demo rule 'KW, BH, OM' sends Kuwait, Bahrain and
 * Oman. Rules of the tests' own name other destinations nobody else files to, and are disabled again afterwards.
 */
@TierlineIT
class CaseRoutingIT {

    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired RoutingRules rules;
    @Autowired CaseRouter router;
    @Autowired ReviewQueues queues;
    @Autowired ReviewService review;
    @Autowired AppealService appeals;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void disableTheTestsRules() {
        SignIn.as(users, "admin1");
        rules.rules().stream().filter(r -> added.contains(r.ruleKey()) && r.enabled())
                .forEach(r -> rules.enable(r.ruleKey(), r.version(), false));
        SignIn.out();
    }

    @Test
    void aCaseForAMatchingDestinationWaitsInTheGulfDesksQueueAndNotInTheDefaultTeams() {
        String kuwait = Cases.in(context).filed("exporter1", "KW");
        int version = demoRuleVersion(users, context);

        assertThat(unassigned("gulfreviewer1", "KW")).contains(kuwait);
        assertThat(unassigned("reviewer1", "KW")).doesNotContain(kuwait);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(kuwait).taskCandidateGroup("gulf-desk")
                .count()).as("the review step is offered to the Gulf desk").isEqualTo(1);
        assertThat(routingsOf(kuwait)).extracting(Routed::sentence)
                .containsExactly("Routed to Gulf desk by rule 'KW, BH, OM' (version " + version + ")");
        assertThat(auditedPayload(kuwait)).as("in the audit chain too").contains("\"team\":\"Gulf desk\"",
                "\"rule\":\"KW, BH, OM\"", "\"ruleVersion\":" + version);
    }

    @Test
    void aCaseNoRuleMatchesGoesToTheDefaultTeam() {
        String emirates = Cases.in(context).filed("exporter1", "AE");

        assertThat(unassigned("reviewer1", "AE")).contains(emirates);
        assertThat(unassigned("gulfreviewer1", "AE")).doesNotContain(emirates);
        assertThat(routingsOf(emirates)).extracting(Routed::sentence)
                .containsExactly("Routed to AI Chips, the default team (no rule matched)");
    }

    @Test
    void aRuleOnARestrictedPartyHitTakesOnlyTheCasesWithAHit() {
        add(new RuleTerms("Dominican hits", List.of("DO"), List.of(), List.of(), true, "gulf-desk"));
        ApplicationDraft flagged = Drafts.h100s("DO");
        flagged.setConsigneeName("Kestrel Offshore Trading");

        String hit = Cases.in(context).filed("exporter1", flagged);
        String clean = Cases.in(context).filed("exporter1", "DO");

        assertThat(unassigned("gulfreviewer1", "DO")).contains(hit).doesNotContain(clean);
        assertThat(unassigned("reviewer1", "DO")).contains(clean).doesNotContain(hit);
        assertThat(routingsOf(hit).get(0).ruleName()).isEqualTo("Dominican hits");
    }

    @Test
    void aRuleOnTierAndOutcomeTakesThePresumedDenialsOnly() {
        add(new RuleTerms("Eritrea licences", List.of("ER"), List.of(), List.of(Outcome.LICENCE_REQUIRED), null,
                "gulf-desk"));
        String first = Cases.in(context).filed("exporter1", "ER");
        assertThat(routingsOf(first).get(0).ruleName()).as("a Tier 3 destination is a presumption of denial")
                .isNull();
        assertThat(unassigned("reviewer1", "ER")).contains(first);

        add(new RuleTerms("Tier 3 denials to Eritrea", List.of("ER"), List.of(3),
                List.of(Outcome.PRESUMPTION_OF_DENIAL), null, "gulf-desk"));
        String second = Cases.in(context).filed("exporter1", "ER");

        assertThat(unassigned("gulfreviewer1", "ER")).contains(second).doesNotContain(first);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(second).taskDefinitionKey(
                "presumedDenialReview").taskCandidateGroup("gulf-desk").count()).isEqualTo(1);
    }

    @Test
    void changingARuleLeavesFiledCasesWhereTheyAreAndTheirRoutingNamesTheOldVersion() {
        RuleView v1 = add(new RuleTerms("Bahamas", List.of("BS"), List.of(), List.of(), null, "gulf-desk"));
        String before = Cases.in(context).filed("exporter1", "BS");

        SignIn.as(users, "admin1");
        RuleView v2 = rules.change(v1.ruleKey(), v1.version(), new RuleTerms("Bahamas", List.of("BS"), List.of(),
                List.of(), null, "ai-chips"));
        String after = Cases.in(context).filed("exporter1", "BS");

        assertThat(v2.version()).isEqualTo(2);
        assertThat(unassigned("gulfreviewer1", "BS")).contains(before).doesNotContain(after);
        assertThat(unassigned("reviewer1", "BS")).contains(after).doesNotContain(before);
        assertThat(routingsOf(before)).extracting(Routed::sentence)
                .containsExactly("Routed to Gulf desk by rule 'Bahamas' (version 1)");
        assertThat(routingsOf(after)).extracting(Routed::sentence)
                .containsExactly("Routed to AI Chips by rule 'Bahamas' (version 2)");
        assertThat(jdbc.queryForObject("select count(*) from routing_rule where rule_key = ?", Integer.class,
                v1.ruleKey())).as("the first version is kept beside the second").isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("update routing_rule set team_code = 'ai-chips' where rule_key = ?",
                v1.ruleKey())).as("and the database refuses to rewrite it").isNotNull();
        assertThatThrownBy(() -> jdbc.update("delete from case_routing where case_reference = ?", before))
                .isNotNull();
    }

    @Test
    void aSeniorOfTheDefaultTeamSeesAndDecidesAnEscalationOfTheGulfDesk() {
        String reference = Cases.in(context).escalated("exporter1", "KW", "gulfreviewer1",
                "The end user's ownership needs a senior look before any decision.");

        SignIn.as(users, "senior1");
        assertThat(queues.queue(ReviewQueue.ESCALATED, new QueueFilter("KW", null, null, null, null, null),
                PageRequest.of(0, 500)).map(s -> s.reference()).toList()).contains(reference);
        review.claim(reference);
        review.approve(reference, "Ownership checked against the registry; approving.");

        assertThat(jdbc.queryForObject("select status from licence_application where reference = ?", String.class,
                reference)).isEqualTo("APPROVED");
    }

    @Test
    void anUpheldAppealReFilesTheCaseAndRoutesItAgain() {
        Cases cases = Cases.in(context);
        int version = demoRuleVersion(users, context);
        String reference = cases.denied("exporter1", "OM", "gulfreviewer1", "The end use is not shown to be civil.");
        String appeal = cases.appealed("exporter1", reference, "The enclosed certificates show a civil end use.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, AppealService.Outcome.UPHOLD, "The certificates rebut the concerns raised in the denial.");

        assertThat(routingsOf(reference)).extracting(Routed::sentence).containsExactly(
                "Routed to Gulf desk by rule 'KW, BH, OM' (version " + version + ")",
                "Routed to Gulf desk by rule 'KW, BH, OM' (version " + version + "), when the upheld appeal re-filed "
                        + "the case");
        assertThat(unassigned("gulfreviewer1", "OM")).contains(reference);
    }

    @Test
    void aRuleIsRefusedAtEachWrongFieldAndOnlyAnAdministratorMayWriteOne() {
        SignIn.as(users, "admin1");
        assertThatThrownBy(() -> rules.add(new RuleTerms(" ", List.of("XX"), List.of(4), List.of(
                Outcome.NOT_CONTROLLED), null, "no-such-team"))).isInstanceOfSatisfying(RoutingRefusedException.class,
                        refused -> {
                            assertThat(refused.about("name").orElseThrow().message()).isEqualTo("Give the rule a name.");
                            assertThat(refused.about("countries").orElseThrow().message()).isEqualTo("Not a country "
                                    + "of the rule set in force: XX. Use two-letter ISO codes such as AE.");
                            assertThat(refused.about("tiers")).isPresent();
                            assertThat(refused.about("outcomes")).isPresent();
                            assertThat(refused.about("teamCode").orElseThrow().message())
                                    .isEqualTo("There is no team 'no-such-team'; choose one of the teams.");
                        });
        assertThatThrownBy(() -> rules.add(new RuleTerms("Everything", List.of(), List.of(), List.of(), null,
                "gulf-desk"))).isInstanceOfSatisfying(RoutingRefusedException.class, refused -> assertThat(
                        refused.about("countries").orElseThrow().message()).startsWith("Give at least one condition"));
        assertThat(jdbc.queryForObject("select count(*) from routing_rule where name in (' ', 'Everything')",
                Integer.class)).as("nothing half-saved").isZero();

        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> rules.add(new RuleTerms("Mine", List.of("BH"), List.of(), List.of(), null,
                "ai-chips"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rules.chooseDefaultTeam("gulf-desk")).isInstanceOf(AccessDeniedException.class);
    }

    /** The demo rule's version in force: moving another rule past it (the page's test does) writes a new one. */
    static int demoRuleVersion(UserDetailsService users, ApplicationContext context) {
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        SignIn.as(users, "admin1");
        try {
            return context.getBean(RoutingRules.class).rules().stream().filter(r -> r.name().equals("KW, BH, OM"))
                    .findFirst().orElseThrow().version();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }

    private RuleView add(RuleTerms terms) {
        SignIn.as(users, "admin1");
        RuleView rule = rules.add(terms);
        added.add(rule.ruleKey());
        return rule;
    }

    private List<String> unassigned(String reviewer, String destination) {
        SignIn.as(users, reviewer);
        return queues.queue(ReviewQueue.UNASSIGNED, new QueueFilter(destination, null, null, null, null, null),
                PageRequest.of(0, 500)).map(s -> s.reference()).toList();
    }

    private List<Routed> routingsOf(String reference) {
        SignIn.as(users, "auditor1");
        return router.routingsOf(reference);
    }

    private String auditedPayload(String reference) {
        return jdbc.queryForObject("select payload from audit_event where case_reference = ? and action = "
                + "'application.routed'", String.class, reference);
    }
}
