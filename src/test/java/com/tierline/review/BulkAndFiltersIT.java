package com.tierline.review;

import com.tierline.review.service.ReviewQueues;
import com.tierline.review.service.BulkReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.CaseSummary;
import com.tierline.review.service.BulkResult;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.ReviewService;
import com.tierline.review.service.SavedView;
import com.tierline.review.service.SavedViews;
import com.tierline.support.Cases;
import com.tierline.review.service.ReviewQueue;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

@TierlineIT
class BulkAndFiltersIT {

    @Autowired ApplicationContext context;
    @Autowired ReviewService review;
    @Autowired ReviewQueues queues;
    @Autowired BulkReview bulk;
    @Autowired UserDetailsService users;
    @Autowired SavedViews savedViews;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void bulkActionsRecheckEveryCaseAndReportEachResult() {
        String a = submit("IN");
        String b = submit("IN");
        String taken = submit("IN");
        SignIn.as(users, "reviewer2");
        review.claim(taken);

        SignIn.as(users, "reviewer1");
        List<BulkResult> claimed = bulk.claimAll(List.of(a, b, taken));
        assertThat(claimed).extracting(BulkResult::reference, BulkResult::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, true),
                        org.assertj.core.groups.Tuple.tuple(b, true), org.assertj.core.groups.Tuple.tuple(taken, false));
        assertThat(claimed.get(2).message()).startsWith(taken + " is already claimed by reviewer2 at ");

        List<BulkResult> reassigned = bulk.reassignAll(List.of(a, taken), "reviewer2");
        assertThat(reassigned.get(0).done()).isTrue();
        assertThat(reassigned.get(1).message()).contains("Only the reviewer holding");
        assertThatThrownBy(() -> review.reassign(b, "exporter1")).isInstanceOf(ReviewRefusedException.class)
                .hasMessage("exporter1 is not a reviewer in " + b + "'s team.");

        SignIn.as(users, "reviewer2");
        assertThat(queues.queue(ReviewQueue.MINE, QueueFilter.NONE, PageRequest.of(0, 500)).map(CaseSummary::reference).toList())
                .contains(a, taken);
        assertThat(bulk.releaseAll(List.of(a, b))).extracting(BulkResult::done).containsExactly(true, false);
    }

    @Test
    void filtersNarrowTheQueueInTheDatabase() {
        String ae = submit("AE");
        String cn = submit("CN");
        SignIn.as(users, "reviewer1");
        List<String> tier3 = queues.queue(ReviewQueue.TEAM, new QueueFilter(null, 3, null, null, null, null),
                PageRequest.of(0, 1000)).map(CaseSummary::reference).toList();
        assertThat(tier3).contains(cn).doesNotContain(ae);
        List<String> toAe = queues.queue(ReviewQueue.TEAM, new QueueFilter("AE", null, "LICENCE_REQUIRED", null,
                java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now()), PageRequest.of(0, 1000))
                .map(CaseSummary::reference).toList();
        assertThat(toAe).contains(ae).doesNotContain(cn);
        assertThat(queues.count(ReviewQueue.TEAM, new QueueFilter("AE", null, null, null, null,
                java.time.LocalDate.now().minusDays(2)))).isZero();

        var flagged = Drafts.h100s("AE");
        flagged.setConsigneeName("Kestrel Offshore Trading");
        String hit = Cases.in(context).filed("exporter1", flagged);
        SignIn.as(users, "reviewer1");
        List<String> partyHits = queues.queue(ReviewQueue.TEAM, new QueueFilter(null, null, null, null, null, null, true),
                PageRequest.of(0, 1000)).map(CaseSummary::reference).toList();
        assertThat(partyHits).contains(hit).doesNotContain(ae, cn);
    }

    @Test
    void savedViewsArePrivateUnlessSharedWithTheTeam() {
        SignIn.as(users, "reviewer1");
        QueueFilter tier3 = new QueueFilter(null, 3, null, com.tierline.application.domain.SlaState.OVERDUE, null, null);
        savedViews.save("Tier 3 overdue", ReviewQueue.TEAM, tier3, true);
        savedViews.save("My AE cases", ReviewQueue.MINE, new QueueFilter("AE", null, null, null, null, null), false);
        assertThatThrownBy(() -> savedViews.save("My AE cases", ReviewQueue.MINE, QueueFilter.NONE, false))
                .hasMessage("You already have a view called \"My AE cases\".");
        assertThat(savedViews.mine()).extracting(SavedView::name).contains("Tier 3 overdue", "My AE cases");

        SignIn.as(users, "reviewer2");
        List<SavedView> seen = savedViews.mine();
        assertThat(seen).extracting(SavedView::name).contains("Tier 3 overdue").doesNotContain("My AE cases");
        SavedView shared = seen.stream().filter(v -> v.name().equals("Tier 3 overdue")).findFirst().orElseThrow();
        assertThat(shared.filter()).isEqualTo(tier3);
        assertThat(shared.queue()).isEqualTo(ReviewQueue.TEAM);
        assertThatThrownBy(() -> savedViews.delete(shared.id())).hasMessageContaining("Only the reviewer who saved");

        SignIn.as(users, "reviewer1");
        savedViews.delete(shared.id());
        assertThat(savedViews.mine()).extracting(SavedView::name).doesNotContain("Tier 3 overdue");
    }

    private String submit(String destination) {
        return Cases.in(context).filed("exporter1", destination);
    }
}
