package com.tierline.appeal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealService.Outcome;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A decided appeal's notice says, in a sentence, what was decided and what happens next. */
class AppealNoticesTest {

    private static final Instant FILED = Instant.parse("2026-03-02T10:00:00Z");
    private final Appeal denial = new Appeal(1, Appeal.Kind.DENIAL, 7L, null, 3L, "exporter1", FILED, "grounds");
    private final Appeal upgrade = new Appeal(2, Appeal.Kind.TIER_UPGRADE, null, "IN", 3L, "exporter1", FILED, "g");

    @Test
    void anUpheldDenialAppealSendsTheCaseBackToReview() {
        assertThat(AppealNotices.decided(denial, Outcome.UPHOLD, Locale.UK))
                .isEqualTo("Appeal APL-2026-000001 upheld: the denied case goes back to review.");
        assertThat(AppealNotices.decided(denial, Outcome.DISMISS, Locale.UK))
                .isEqualTo("Appeal APL-2026-000001 dismissed: the denial stands.");
    }

    @Test
    void aTierUpgradeNamesTheDestinationAndAPanelWhoDecides() {
        assertThat(AppealNotices.decided(upgrade, Outcome.UPHOLD, Locale.UK)).isEqualTo("Appeal APL-2026-000002 "
                + "upheld: a rule-set draft moving India (IN) to Tier 1 waits to be published.");
        assertThat(AppealNotices.decided(upgrade, Outcome.PANEL, Locale.UK))
                .isEqualTo("Appeal APL-2026-000002 referred to a panel: two other senior reviewers decide it.");
        assertThat(AppealNotices.voted(denial, Outcome.UPHOLD, false, Locale.UK))
                .isEqualTo("Vote recorded: one more senior reviewer must agree to decide appeal APL-2026-000001.");
    }

    @Test
    void statusesReadAsWords() {
        assertThat(AppealNotices.status(Appeal.Status.UNDER_REVIEW)).isEqualTo("Under review");
        assertThat(AppealNotices.status(Appeal.Status.PANEL)).isEqualTo("With a panel");
    }
}
