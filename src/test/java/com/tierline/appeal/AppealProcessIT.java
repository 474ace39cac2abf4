package com.tierline.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.appeal.service.AppealRefusedException;
import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.RuleSetVersion;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** appeal.bpmn20.xml: review by someone uninvolved, the two-member panel, and what upholding does. */
@TierlineIT
class AppealProcessIT {

    @Autowired AppealService appeals;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anUpheldDenialAppealReopensTheCaseForAFreshDecision() {
        String reference = deniedBy("reviewer1", "CN");
        SignIn.as(users, "exporter2");
        assertThatThrownBy(() -> appeals.appealDenial(reference, "too short", List.of()))
                .isInstanceOf(AppealRefusedException.class)
                .hasMessage("Give the grounds of the appeal in at least 20 characters.");
        String appeal = appeals.appealDenial(reference,
                "The end user is a civil weather institute; see the enclosed certificates.", List.of());
        assertThat(status(reference)).isEqualTo(ApplicationStatus.APPEALED);
        assertThatThrownBy(() -> appeals.appealDenial(reference, "A second appeal on the same decision, please.",
                List.of()))
                .hasMessageContaining("Only a denied application can be appealed");

        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The certificates rebut the concerns raised in the denial.");
        assertThat(appealStatus(appeal)).isEqualTo("UPHELD");
        assertThat(status(reference)).isEqualTo(ApplicationStatus.PRESUMED_DENIAL);
        assertThat(jdbc.queryForObject("select decision from licence_application where reference = ?", String.class,
                reference)).as("the old denial no longer stands").isNull();
    }

    @Test
    void whoeverTookPartInTheDecisionMayNotDecideTheAppeal() {
        String reference = deniedBy("senior2", "CN");
        String appeal = Cases.in(context).appealed("exporter1", reference,
                "We dispute the end-use assessment made in the denial.");
        SignIn.as(users, "senior2");
        assertThatThrownBy(() -> appeals.decide(appeal, Outcome.DISMISS, "I stand by my earlier decision here."))
                .isInstanceOf(AppealRefusedException.class).hasMessageContaining("took part in the decision");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.DISMISS, "The denial was right; nothing new in the grounds.");
        assertThat(status(reference)).isEqualTo(ApplicationStatus.APPEAL_DISMISSED);
    }

    @Test
    void aPanelNeedsTwoDistinctSeniorReviewersWhoAgree() {
        SignIn.as(users, "exporter3");
        String appeal = appeals.appealForTierUpgrade("SG",
                "Singapore applies FedRAMP-High-equivalent controls and has a bilateral agreement.", List.of());
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.PANEL, "A tier change needs a panel; referring it onwards.");
        assertThatThrownBy(() -> appeals.vote(appeal, Outcome.UPHOLD, "I referred it, but would uphold it."))
                .hasMessageContaining("two other senior reviewers decide it");
        SignIn.as(users, "senior2");
        assertThat(appeals.vote(appeal, Outcome.UPHOLD, "Diversion record is clean for five years.")).isFalse();
        assertThatThrownBy(() -> appeals.vote(appeal, Outcome.UPHOLD, "Voting a second time to force it."))
                .hasMessageContaining("already voted");
        assertThat(appealStatus(appeal)).isEqualTo("PANEL");
        SignIn.as(users, "reviewer1"); // a reviewer is not a senior: method security refuses
        assertThatThrownBy(() -> appeals.vote(appeal, Outcome.UPHOLD, "I would like to vote on this too."))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as(users, "senior3");
        assertThat(appeals.vote(appeal, Outcome.UPHOLD, "Agree: the agreement meets the Tier 1 bar.")).isTrue();
        assertThat(appealStatus(appeal)).isEqualTo("UPHELD");
        String draft = jdbc.queryForObject("select draft_rule_set from appeal where reference = ?", String.class,
                appeal);
        try {
            assertThat(ruleSets.find(draft)).get().extracting(RuleSetVersion::status)
                    .isEqualTo(RuleSetVersion.Status.DRAFT);
            assertThat(ruleSets.byVersion(draft).country("SG").orElseThrow().tier()).isEqualTo(1);
            assertThat(ruleSets.current().country("SG").orElseThrow().tier()).as("not in force until published")
                    .isEqualTo(2);
        } finally {
            jdbc.update("delete from rule_set_version where version = ?", draft);
        }
    }

    @Test
    void tier1DestinationsCannotBeUpgradedAndAppealsOutsideTheWindowAreRefused() {
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> appeals.appealForTierUpgrade("DE", "Germany would like to be Tier 1 twice.",
                List.of()))
                .hasMessage("Germany is already a Tier 1 destination.");
        String reference = deniedBy("reviewer1", "CN");
        jdbc.update("update licence_application set decided_at = ? where reference = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(46))), reference);
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> appeals.appealDenial(reference, "Late, but we have new evidence to offer.",
                List.of()))
                .hasMessageContaining("45-day appeal window");
    }

    private String deniedBy(String reviewer, String destination) {
        return Cases.in(context).denied("exporter1", destination, reviewer,
                "Presumption of denial not rebutted by the file.");
    }

    private ApplicationStatus status(String reference) {
        return ApplicationStatus.valueOf(jdbc.queryForObject(
                "select status from licence_application where reference = ?", String.class, reference));
    }

    private String appealStatus(String reference) {
        return jdbc.queryForObject("select status from appeal where reference = ?", String.class, reference);
    }
}
