package com.tierline.caseprocess;

import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.ReviewQueues;
import static com.tierline.application.domain.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseStatusChanged;
import com.tierline.application.service.ExporterRequests;
import com.tierline.audit.service.CaseTimeline;
import com.tierline.caseprocess.service.ProcessKeys;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Each path through both processes, with the status the case shows at every step. Every status change is the
 * status mapping's (it alone publishes {@link CaseStatusChanged}), so the recorded sequence is the whole story.
 */
@TierlineIT
@RecordApplicationEvents
class CaseStatusPathsIT {

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired ReviewQueues queues;
    @Autowired ExporterRequests exporter;
    @Autowired AppealService appeals;
    @Autowired CaseTimeline timeline;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aTier1CaseIsScreenedThenAuthorised() {
        String c = filed("DE");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, AUTHORISED);
        assertThat(stored(c)).isEqualTo(AUTHORISED);
    }

    @Test
    void anApprovedReviewEndsApproved() {
        String c = filed("AE");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW);
        as("reviewer1");
        review.claim(c);
        review.approve(c, "End user verified; volume within the country allocation.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, APPROVED);
        assertThat(stored(c)).isEqualTo(APPROVED);
    }

    @Test
    void aDeniedPresumptionEndsDenied() {
        String c = denied("CN");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL, DENIED);
        assertThat(stored(c)).isEqualTo(DENIED);
    }

    /** Issue 12: the reply used to send the case back unassigned; the reviewer who asked had to find it again. */
    @Test
    void anRfiRoundTripReturnsTheCaseToTheReviewerWhoAsked() {
        String c = filed("AE");
        as("reviewer1");
        review.claim(c);
        review.requestInformation(c, "Please name the data centre operator and its site.");
        assertThat(stored(c)).isEqualTo(AWAITING_EXPORTER);
        as("exporter2"); // same organisation as the filer
        exporter.respond(c, "Operated by Gulf Data Centres LLC at its Abu Dhabi campus.");

        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, AWAITING_EXPORTER, SCREENED,
                UNDER_REVIEW);
        as("reviewer1");
        assertThat(queues.queue(ReviewQueue.MINE, Pageable.ofSize(500)).map(s -> s.reference()))
                .as("back in the asking reviewer's Mine").contains(c);
        assertThat(queues.queue(ReviewQueue.UNASSIGNED, Pageable.ofSize(500)).map(s -> s.reference()))
                .doesNotContain(c);
        assertThat(review.availableActions(c)).as("they can decide at once, without claiming again")
                .contains(com.tierline.review.service.ReviewAction.APPROVE);
        assertThat(timeline.of(c)).anySatisfy(e -> assertThat(e.details())
                .contains("Returned to reviewer1 after the exporter's reply"));
    }

    @Test
    void anEscalatedCaseIsDecidedBySeniorReview() {
        String c = filed("AE");
        as("reviewer1");
        review.claim(c);
        review.escalate(c, "Large volume to a new consignee; needs a senior view.");
        as("senior1");
        review.claim(c);
        review.deny(c, "The consignee's ownership could not be established.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, ESCALATED, DENIED);
    }

    @Test
    void aWithdrawnCaseEndsWithdrawn() {
        String c = filed("AE");
        as("exporter1");
        exporter.withdraw(c);
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, WITHDRAWN);
        assertThat(stored(c)).isEqualTo(WITHDRAWN);
    }

    @Test
    void aDismissedAppealLeavesTheDenialStanding() {
        String c = denied("CN");
        as("exporter1");
        String appeal = appeals.appealDenial(c, "We dispute the end-use assessment made in the denial.");
        assertThat(stored(c)).isEqualTo(APPEALED);
        as("senior1");
        appeals.decide(appeal, Outcome.DISMISS, "The denial was right; nothing new in the grounds.");
        assertThat(statuses(c)).endsWith(DENIED, APPEALED, APPEAL_DISMISSED);
        assertThat(stored(c)).isEqualTo(APPEAL_DISMISSED);
    }

    /** APPEAL_UPHELD used never to be set: the case jumped from appealed straight back to review. */
    @Test
    void anUpheldAppealIsShownUpheldThenTheCaseIsReopenedForReview() {
        String c = denied("CN");
        as("exporter1");
        String appeal = appeals.appealDenial(c, "The end user is a civil weather institute; see the certificates.");
        as("senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The certificates rebut the concerns raised in the denial.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL, DENIED, APPEALED,
                APPEAL_UPHELD, SUBMITTED, SCREENED, PRESUMED_DENIAL);
        assertThat(events.stream(CaseStatusChanged.class).filter(e -> e.reference().equals(c)
                && e.to() == APPEAL_UPHELD)).singleElement().satisfies(e -> assertThat(e.step())
                        .isEqualTo(ProcessKeys.UPHOLD_APPEAL));
        assertThat(stored(c)).isEqualTo(PRESUMED_DENIAL);
    }

    private String filed(String destination) {
        as("exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s(destination));
        applications.submit(reference);
        return reference;
    }

    private String denied(String destination) {
        String c = filed(destination);
        as("reviewer1");
        review.claim(c);
        review.deny(c, "No grounds to rebut the presumption of denial.");
        return c;
    }

    /** Every status the mapping gave the case, in order. */
    private List<ApplicationStatus> statuses(String reference) {
        return events.stream(CaseStatusChanged.class).filter(e -> e.reference().equals(reference))
                .map(CaseStatusChanged::to).toList();
    }

    private ApplicationStatus stored(String reference) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        as("auditor1");
        ApplicationStatus status = applications.find(reference).orElseThrow().status();
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(auth);
        return status;
    }

    private void as(String user) {
        SignIn.as(users, user);
    }
}
