package com.tierline.review;

import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewQueues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

@TierlineIT
class ClaimAndDecideIT {

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired ReviewQueues queues;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aCaseClaimedByOneReviewerCannotBeClaimedOrDecidedByAnother() {
        String reference = submitTier2();
        SignIn.as(users, "reviewer1");
        review.claim(reference);

        SignIn.as(users, "reviewer2");
        assertThat(queues.queue(ReviewQueue.TEAM, QueueFilter.NONE, org.springframework.data.domain.PageRequest.of(0, 10_000)).stream()
                .filter(c -> c.reference().equals(reference)).findFirst().orElseThrow().assignee())
                .isEqualTo("reviewer1");
        assertThatThrownBy(() -> review.claim(reference)).isInstanceOf(ReviewRefusedException.class)
                .hasMessageMatching(reference + " is already claimed by reviewer1 at \\d\\d:\\d\\d UTC\\.");
        assertThatThrownBy(() -> review.approve(reference, "Looks fine to me as well."))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("claimed by reviewer1");
        assertThat(applications.find(reference).orElseThrow().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void aDecisionNeedsAReasonAndNothingChangesWithoutOne() {
        String reference = submitTier2();
        SignIn.as(users, "reviewer1");
        review.claim(reference);
        assertThatThrownBy(() -> review.deny(reference, DenialReason.OTHER, "  no  ")).isInstanceOf(ReviewRefusedException.class)
                .hasMessageStartingWith("Give a reason of at least 10 characters");
        assertThat(applications.find(reference).orElseThrow().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void twoReviewersClaimingAtOnceProduceExactlyOneWinner() throws Exception {
        String reference = submitTier2();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // Both threads wait on the latch, then claim together.
            Future<String> first = pool.submit(claimAs("reviewer1", reference, start));
            Future<String> second = pool.submit(claimAs("reviewer2", reference, start));
            start.countDown();
            List<String> outcomes = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn(o -> o.equals("claimed")).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.matches(".* is already claimed by reviewer[12] at .*")).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        SignIn.as(users, "reviewer1");
        String winner = applications.find(reference).orElseThrow().assignee();
        assertThat(winner).isIn("reviewer1", "reviewer2");
    }

    private Callable<String> claimAs(String reviewer, String reference, CountDownLatch start) {
        return () -> {
            SignIn.as(users, reviewer);
            start.await();
            try {
                review.claim(reference);
                return "claimed";
            } catch (ReviewRefusedException refused) {
                return refused.getMessage();
            } finally {
                SignIn.out();
            }
        };
    }

    private String submitTier2() {
        return Cases.in(context).filed("exporter1", "AE");
    }
}
