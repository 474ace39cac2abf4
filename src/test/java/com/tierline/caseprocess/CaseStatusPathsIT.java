package com.tierline.caseprocess;

import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.ReviewQueues;
import static com.tierline.application.domain.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.rfi.service.InformationRequests;
import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseStatusChanged;
import com.tierline.application.service.ExporterRequests;
import com.tierline.audit.service.CaseTimeline;
import com.tierline.caseprocess.service.ProcessKeys;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import com.tierline.support.Timers;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Each path through both processes, with the status the case shows at every step and the end event the path
 * reaches. Every status change is the status mapping's (it alone publishes {@link CaseStatusChanged}), so the
 * recorded sequence is the whole story. Between them the paths reach every {@link ApplicationStatus} and every end
 * event of processes/*.bpmn20.xml.
 */
@TierlineIT
@RecordApplicationEvents
class CaseStatusPathsIT {

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired ReviewQueues queues;
    @Autowired ExporterRequests exporter;
    @Autowired InformationRequests rfi;
    @Autowired AppealService appeals;
    @Autowired CaseTimeline timeline;
    @Autowired HistoryService history;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEvents events;
    @Autowired ApplicationContext context;

    Cases cases;
    Timers timers;

    @BeforeEach
    void fixtures() {
        cases = Cases.in(context);
        timers = Timers.in(context);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A draft is the exporter's alone and outside the process: no step has given it a status yet. */
    @Test
    void aSavedDraftIsADraftUntilItIsFiled() {
        SignIn.as(users, "exporter1");
        String c = applications.saveDraft(null, Drafts.h100s("AE"));
        assertThat(applications.find(c).orElseThrow().status()).isEqualTo(DRAFT);
        assertThat(statuses(c)).isEmpty();
        applications.submit(c);
        assertThat(statuses(c)).startsWith(SUBMITTED, SCREENED);
    }

    @Test
    void aTier1CaseIsScreenedThenAuthorised() {
        String c = cases.filed("exporter1", "DE");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, AUTHORISED);
        assertThat(stored(c)).isEqualTo(AUTHORISED);
        assertThat(endEvents(c)).containsExactly("authorised");
    }

    @Test
    void anApprovedReviewEndsApproved() {
        String c = cases.filed("exporter1", "AE");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW);
        SignIn.as(users, "reviewer1");
        review.claim(c);
        review.approve(c, "End user verified; volume within the country allocation.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, APPROVED);
        assertThat(stored(c)).isEqualTo(APPROVED);
        assertThat(endEvents(c)).containsExactly("approved");
    }

    @Test
    void aDeniedPresumptionEndsDenied() {
        String c = cases.denied("exporter1", "CN", "reviewer1", "No grounds to rebut the presumption of denial.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL, DENIED);
        assertThat(stored(c)).isEqualTo(DENIED);
        assertThat(endEvents(c)).containsExactly("denied");
    }

    /** Issue 12: the reply used to send the case back unassigned; the reviewer who asked had to find it again. */
    @Test
    void anRfiRoundTripReturnsTheCaseToTheReviewerWhoAsked() {
        String c = cases.awaitingExporter("exporter1", "AE", "reviewer1",
                "Please name the data centre operator and its site.");
        assertThat(stored(c)).isEqualTo(AWAITING_EXPORTER);
        SignIn.as(users, "exporter2"); // same organisation as the filer
        rfi.answer(c, "Operated by Gulf Data Centres LLC at its Abu Dhabi campus.", List.of());

        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, AWAITING_EXPORTER, SCREENED,
                UNDER_REVIEW);
        SignIn.as(users, "reviewer1");
        assertThat(queues.queue(ReviewQueue.MINE, QueueFilter.NONE, Pageable.ofSize(500)).map(s -> s.reference()))
                .as("back in the asking reviewer's Mine").contains(c);
        assertThat(queues.queue(ReviewQueue.UNASSIGNED, QueueFilter.NONE, Pageable.ofSize(500)).map(s -> s.reference()))
                .doesNotContain(c);
        assertThat(review.availableActions(c)).as("they can decide at once, without claiming again")
                .contains(com.tierline.review.service.ReviewAction.APPROVE);
        assertThat(timeline.of(c)).anySatisfy(e -> assertThat(e.details())
                .contains("Returned to reviewer1 after the exporter's reply"));
        assertThat(endEvents(c)).isEmpty();
    }

    @Test
    void anUnansweredRequestWithdrawsTheCaseAtTheReplyDeadline() {
        String c = cases.awaitingExporter("exporter1", "AE", "reviewer1",
                "Please provide the end-user certificate.");
        timers.fire(run(c), "replyDeadlinePassed");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, AWAITING_EXPORTER, WITHDRAWN);
        assertThat(stored(c)).isEqualTo(WITHDRAWN);
        assertThat(endEvents(c)).containsExactly("withdrawnNoReplyEnd");
    }

    /** The reply reminder only tells the exporter: the case goes on waiting for the reply. */
    @Test
    void theReplyReminderLeavesTheCaseWaitingForTheExporter() {
        String c = cases.awaitingExporter("exporter1", "AE", "reviewer1",
                "Please provide the end-user certificate.");
        timers.fire(run(c), "replyDueSoon");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, AWAITING_EXPORTER);
        assertThat(stored(c)).isEqualTo(AWAITING_EXPORTER);
        assertThat(endEvents(c)).containsExactly("exporterRemindedEnd");
    }

    /** The deadline timers only mark the case; the review goes on and the status stays where the review is. */
    @Test
    void theReviewDeadlineWarnsThenMarksTheCaseOverdueAndTheReviewGoesOn() {
        String c = cases.filed("exporter1", "AE");
        timers.fire(run(c), "reviewSlaWarning");
        timers.fire(run(c), "reviewSlaBreach");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW);
        assertThat(stored(c)).isEqualTo(UNDER_REVIEW);
        assertThat(endEvents(c)).containsExactlyInAnyOrder("reviewWarnedEnd", "reviewBreachedEnd");
    }

    @Test
    void aPresumptionOfDenialPastItsDeadlineIsMarkedOverdueAndStaysPresumed() {
        String c = cases.filed("exporter1", "CN");
        timers.fire(run(c), "presumedSlaBreach");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL);
        assertThat(stored(c)).isEqualTo(PRESUMED_DENIAL);
        assertThat(endEvents(c)).containsExactly("presumedBreachedEnd");
    }

    @Test
    void anEscalatedCaseIsDecidedBySeniorReview() {
        String c = claimedBySenior(cases.escalated("exporter1", "AE", "reviewer1",
                "Large volume to a new consignee; needs a senior view."));
        review.deny(c, DenialReason.OTHER, "The consignee's ownership could not be established.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, ESCALATED, DENIED);
        assertThat(endEvents(c)).containsExactly("denied");
    }

    @Test
    void anEscalatedCaseApprovedBySeniorReviewEndsApproved() {
        String c = claimedBySenior(cases.escalated("exporter1", "AE", "reviewer1",
                "Large volume to a new consignee; needs a senior view."));
        review.approve(c, "Senior review: end user and volume verified.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, ESCALATED, APPROVED);
        assertThat(stored(c)).isEqualTo(APPROVED);
        assertThat(endEvents(c)).containsExactly("approved");
    }

    @Test
    void anEscalatedPresumptionOfDenialIsDecidedBySeniorReview() {
        String c = claimedBySenior(cases.escalated("exporter1", "CN", "reviewer1",
                "Research institute with a credible civil end use."));
        review.deny(c, DenialReason.OTHER, "The research institute's links to the military are documented.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL, ESCALATED, DENIED);
        assertThat(endEvents(c)).containsExactly("denied");
    }

    @Test
    void seniorReviewPastItsDeadlineIsMarkedOverdueAndStaysEscalated() {
        String c = cases.escalated("exporter1", "AE", "reviewer1",
                "Needs a senior view on the consignee's ownership.");
        timers.fire(run(c), "seniorSlaBreach");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, ESCALATED);
        assertThat(stored(c)).isEqualTo(ESCALATED);
        assertThat(endEvents(c)).containsExactly("seniorBreachedEnd");
    }

    @Test
    void aWithdrawnCaseEndsWithdrawn() {
        String c = cases.withdrawn("exporter1", "AE");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, UNDER_REVIEW, WITHDRAWN);
        assertThat(stored(c)).isEqualTo(WITHDRAWN);
        assertThat(endEvents(c)).containsExactly("withdrawn");
    }

    @Test
    void aDismissedAppealLeavesTheDenialStanding() {
        String c = cases.denied("exporter1", "CN", "reviewer1", "No grounds to rebut the presumption of denial.");
        String appeal = cases.appealed("exporter1", c, "We dispute the end-use assessment made in the denial.");
        assertThat(stored(c)).isEqualTo(APPEALED);
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.DISMISS, "The denial was right; nothing new in the grounds.");
        assertThat(statuses(c)).endsWith(DENIED, APPEALED, APPEAL_DISMISSED);
        assertThat(stored(c)).isEqualTo(APPEAL_DISMISSED);
        assertThat(endEvents(appeal)).containsExactly("dismissed");
    }

    /** APPEAL_UPHELD used never to be set: the case jumped from appealed straight back to review. */
    @Test
    void anUpheldAppealIsShownUpheldThenTheCaseIsReopenedForReview() {
        String c = cases.denied("exporter1", "CN", "reviewer1", "No grounds to rebut the presumption of denial.");
        String appeal = cases.appealed("exporter1", c,
                "The end user is a civil weather institute; see the certificates.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The certificates rebut the concerns raised in the denial.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL, DENIED, APPEALED,
                APPEAL_UPHELD, SUBMITTED, SCREENED, PRESUMED_DENIAL);
        assertThat(events.stream(CaseStatusChanged.class).filter(e -> e.reference().equals(c)
                && e.to() == APPEAL_UPHELD)).singleElement().satisfies(e -> assertThat(e.step())
                        .isEqualTo(ProcessKeys.UPHOLD_APPEAL));
        assertThat(stored(c)).isEqualTo(PRESUMED_DENIAL);
        assertThat(endEvents(appeal)).containsExactly("upheld");
        assertThat(endEvents(c)).as("the first run ended denied; the reopened one is open").containsExactly("denied");
    }

    @Test
    void anAppealReferredToThePanelIsUpheldWhenTwoMembersAgree() {
        String c = cases.denied("exporter1", "CN", "reviewer1", "No grounds to rebut the presumption of denial.");
        String appeal = cases.appealed("exporter1", c,
                "The end user is a civil weather institute; see the certificates.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.PANEL, "A contested end use; a panel should hear it.");
        assertThat(stored(c)).as("the panel's hearing is still the appeal").isEqualTo(APPEALED);
        SignIn.as(users, "senior2");
        appeals.vote(appeal, Outcome.UPHOLD, "The certificates rebut the concerns raised in the denial.");
        SignIn.as(users, "senior3");
        appeals.vote(appeal, Outcome.UPHOLD, "Agree: the certificates are from the national authority.");
        assertThat(statuses(c)).containsExactly(SUBMITTED, SCREENED, PRESUMED_DENIAL, DENIED, APPEALED,
                APPEAL_UPHELD, SUBMITTED, SCREENED, PRESUMED_DENIAL);
        assertThat(endEvents(appeal)).containsExactly("upheld");
    }

    @Test
    void anAppealReferredToThePanelIsDismissedWhenTwoMembersAgree() {
        String c = cases.denied("exporter1", "CN", "reviewer1", "No grounds to rebut the presumption of denial.");
        String appeal = cases.appealed("exporter1", c, "We dispute the end-use assessment made in the denial.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.PANEL, "A contested end use; a panel should hear it.");
        SignIn.as(users, "senior2");
        appeals.vote(appeal, Outcome.DISMISS, "The denial was right; nothing new in the grounds.");
        SignIn.as(users, "senior3");
        appeals.vote(appeal, Outcome.DISMISS, "Agree: the grounds repeat what the denial weighed.");
        assertThat(statuses(c)).endsWith(DENIED, APPEALED, APPEAL_DISMISSED);
        assertThat(stored(c)).isEqualTo(APPEAL_DISMISSED);
        assertThat(endEvents(appeal)).containsExactly("dismissed");
    }

    /** Every status the mapping gave the case, in order. */
    private List<ApplicationStatus> statuses(String reference) {
        return events.stream(CaseStatusChanged.class).filter(e -> e.reference().equals(reference))
                .map(CaseStatusChanged::to).toList();
    }

    private ApplicationStatus stored(String reference) {
        return cases.seenByAuditor(reference).status();
    }

    /** The case's current run of the licence-application process. */
    private String run(String reference) {
        return cases.seenByAuditor(reference).processInstanceId();
    }

    /** The end events reached by every run whose business key is {@code reference} (a case or an appeal), in order. */
    private List<String> endEvents(String reference) {
        List<String> runs = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .orderByProcessInstanceStartTime().asc().list().stream().map(HistoricProcessInstance::getId).toList();
        return runs.stream().flatMap(run -> history.createHistoricActivityInstanceQuery().processInstanceId(run)
                .activityType("endEvent").finished().orderByHistoricActivityInstanceEndTime().asc()
                .orderByHistoricActivityInstanceId().asc().list().stream())
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    /** An escalated case taken up by a senior reviewer who did not escalate it (four-eyes). */
    private String claimedBySenior(String escalated) {
        SignIn.as(users, "senior1");
        review.claim(escalated);
        return escalated;
    }
}
