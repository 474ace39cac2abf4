package com.tierline.review;

import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.DenialReason;
import com.tierline.review.service.ReviewQueues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.rfi.service.InformationRequests;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.sla.domain.SlaEvent;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.application.service.ExporterRequests;
import com.tierline.sla.service.SlaClock;
import com.tierline.review.service.ReviewAction;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.review.service.ReviewQueue;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import com.tierline.support.Timers;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every path of licence-application.bpmn20.xml beyond the first decision, timers fired through the engine. */
@TierlineIT
class ReviewWorkflowIT {

    @Autowired ApplicationService applications;
    @Autowired ExporterRequests exporter;
    @Autowired InformationRequests rfi;
    @Autowired ReviewService review;
    @Autowired ReviewQueues queues;
    @Autowired SlaClock sla;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRequestForInformationPausesTheClockAndTheReplySendsTheCaseBackToReview() {
        CaseDetails c = submit("AE");
        SignIn.as(users, "reviewer1");
        review.claim(c.reference());
        assertThat(review.availableActions(c.reference())).containsExactlyInAnyOrder(ReviewAction.RELEASE,
                ReviewAction.APPROVE, ReviewAction.DENY, ReviewAction.REQUEST_INFORMATION, ReviewAction.ESCALATE);
        rfi.ask(c.reference(), "Please name the data centre operator and its site.");
        assertThat(details(c).status()).isEqualTo(ApplicationStatus.AWAITING_EXPORTER);
        assertThat(tasks.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("awaitExporter");

        SignIn.as(users, "exporter2"); // same organisation as the submitter
        assertThatThrownBy(() -> rfi.answer(c.reference(), "ok", List.of())).isInstanceOf(RuntimeException.class)
                .hasMessage("Write an answer of at least 10 characters.");
        rfi.answer(c.reference(), "Operated by Gulf Data Centres LLC at its Abu Dhabi campus.", List.of());

        CaseDetails after = details(c);
        assertThat(after.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(after.screenings()).hasSize(2);
        assertThat(tasks.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("review");
        assertThat(rfi.requestsFor(c.reference())).singleElement()
                .satisfies(r -> assertThat(r.getAnsweredBy()).isEqualTo("exporter2"));
        assertThat(slaEvents(c)).containsExactly(SlaEvent.Kind.STARTED, SlaEvent.Kind.PAUSED, SlaEvent.Kind.RESUMED);
    }

    /** The engine's own refusal (its task claimed behind the case's back) reaches the reviewer as a sentence. */
    @Test
    void aTaskTheEngineAlreadyGaveToSomeoneElseIsRefusedInWords() {
        CaseDetails c = submit("AE");
        tasks.claim(tasks.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult().getId(),
                "reviewer2");
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> review.claim(c.reference())).isInstanceOf(ReviewRefusedException.class)
                .hasMessage(c.reference() + " was just claimed by reviewer2.");
    }

    @Test
    void noReplyByTheDeadlineWithdrawsTheCase() {
        CaseDetails c = submit("AE");
        SignIn.as(users, "reviewer1");
        review.claim(c.reference());
        rfi.ask(c.reference(), "Please provide the end-user certificate.");
        fireTimer(c, "replyDeadlinePassed");
        SignIn.as(users, "exporter1");
        CaseDetails after = details(c);
        assertThat(after.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(jdbc.queryForObject("select withdrawn_reason from licence_application where reference = ?",
                String.class, c.reference())).contains("no reply");
        assertThat(pathTaken(c)).endsWith("withdrawForNoReply", "withdrawnNoReplyEnd");
    }

    @Test
    void escalationGoesToASeniorReviewerWhoDidNotEscalate() {
        CaseDetails c = submit("AE");
        SignIn.as(users, "senior1");
        review.claim(c.reference());
        review.escalate(c.reference(), "Large volume to a new consignee; needs a senior view.");
        assertThat(details(c).status()).isEqualTo(ApplicationStatus.ESCALATED);
        assertThat(review.availableActions(c.reference())).isEmpty();
        assertThatThrownBy(() -> review.claim(c.reference())).isInstanceOf(ReviewRefusedException.class)
                .hasMessage("You escalated " + c.reference() + "; another senior reviewer must decide it.");
        SignIn.as(users, "reviewer2");
        assertThatThrownBy(() -> review.claim(c.reference())).isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("only a senior reviewer");

        SignIn.as(users, "senior2");
        assertThat(queues.queue(ReviewQueue.ESCALATED, QueueFilter.NONE, PageRequest.of(0, 500)).map(s -> s.reference()).toList())
                .contains(c.reference());
        review.claim(c.reference());
        assertThat(review.availableActions(c.reference())).containsExactlyInAnyOrder(ReviewAction.RELEASE,
                ReviewAction.APPROVE, ReviewAction.DENY);
        review.approve(c.reference(), "Senior review: end user and volume verified.");
        assertThat(details(c).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(jdbc.queryForObject("select licence_number from licence_application where reference = ?",
                String.class, c.reference())).matches("TLL-\\d{4}-\\d{6}");
        assertThat(pathTaken(c)).endsWith("review", "reviewDecision", "seniorReview", "seniorDecision", "approved");
    }

    @Test
    void aPresumptionOfDenialCanBeDeniedOrEscalatedButNotApproved() {
        CaseDetails c = submit("CN");
        SignIn.as(users, "reviewer1");
        review.claim(c.reference());
        assertThat(review.availableActions(c.reference())).containsExactlyInAnyOrder(ReviewAction.RELEASE,
                ReviewAction.DENY, ReviewAction.ESCALATE);
        assertThatThrownBy(() -> review.approve(c.reference(), "Looks fine to me, approve."))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("cannot approve");
        review.escalate(c.reference(), "Research institute with a credible civil end use.");
        SignIn.as(users, "senior1");
        review.claim(c.reference());
        review.deny(c.reference(), DenialReason.PRESUMPTION_OF_DENIAL,
                "The research institute's links to the military are documented.");
        assertThat(jdbc.queryForObject("select decision_reason from licence_application where reference = ?",
                String.class, c.reference())).isEqualTo("Tier 3 destination: presumption of denial not rebutted. "
                        + "The research institute's links to the military are documented.");
        assertThat(details(c).status()).isEqualTo(ApplicationStatus.DENIED);
    }

    @Test
    void theExporterMayWithdrawAnOpenCaseAndNobodyElseMay() {
        CaseDetails c = submit("AE");
        SignIn.as(users, "exporter3");
        assertThatThrownBy(() -> exporter.withdraw(c.reference())).isInstanceOf(CaseNotFoundException.class);
        SignIn.as(users, "exporter1");
        exporter.withdraw(c.reference());
        assertThat(details(c).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(tasks.createTaskQuery().processInstanceId(c.processInstanceId()).count()).isZero();
        assertThat(pathTaken(c)).endsWith("recordWithdrawal", "withdrawn");
        assertThatThrownBy(() -> exporter.withdraw(c.reference())).hasMessageContaining("can no longer be withdrawn");
    }

    @Test
    void theSlaTimersWarnAndThenMarkTheCaseOverdue() {
        CaseDetails c = submit("AE");
        fireTimer(c, "reviewSlaWarning");
        assertThat(slaState(c)).isEqualTo("WARNING");
        fireTimer(c, "reviewSlaBreach");
        assertThat(slaState(c)).isEqualTo("OVERDUE");
        assertThat(slaEvents(c)).containsExactly(SlaEvent.Kind.STARTED, SlaEvent.Kind.WARNED,
                SlaEvent.Kind.BREACHED);
        SignIn.as(users, "reviewer1");
        assertThat(queues.queue(ReviewQueue.OVERDUE, QueueFilter.NONE, PageRequest.of(0, 500)).map(s -> s.reference()).toList())
                .contains(c.reference());
        assertThat(tasks.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult()
                .getTaskDefinitionKey()).as("the review goes on").isEqualTo("review");
    }

    @Test
    void theTimersRunOnTheCasesOwnDatesAndTheEngineKeepsOnlyWhatLaterStepsRead() {
        CaseDetails c = submit("AE");
        assertThat(timerDue(c, "reviewSlaWarning")).isEqualTo(caseInstant(c, "sla_warn_at"));
        assertThat(timerDue(c, "reviewSlaBreach")).isEqualTo(caseInstant(c, "sla_due_at"));
        // The route and the clock's dates were handed over transiently: no engine variable, history or detail.
        assertThat(runtime.getVariables(c.processInstanceId()).keySet())
                .containsExactlyInAnyOrder("applicationId", "teamCode", "exporterGroup");

        SignIn.as(users, "reviewer1");
        review.claim(c.reference());
        review.escalate(c.reference(), "Needs a senior view on the consignee's ownership.");
        assertThat(timerDue(c, "seniorSlaBreach")).isEqualTo(caseInstant(c, "sla_due_at"));
        assertThat(runtime.getVariables(c.processInstanceId()).keySet())
                .containsExactlyInAnyOrder("applicationId", "teamCode", "exporterGroup", "decision");

        CaseDetails asked = submit("AE");
        SignIn.as(users, "reviewer1");
        review.claim(asked.reference());
        rfi.ask(asked.reference(), "Please name the data centre's operator.");
        assertThat(timerDue(asked, "replyDeadlinePassed")).isEqualTo(jdbc.queryForObject(
                "select reply_deadline from request_for_information r join licence_application a"
                        + " on a.id = r.application_id where a.reference = ?", java.sql.Timestamp.class,
                asked.reference()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void presumedDenialAndSeniorReviewHaveTheirOwnBreachTimers() {
        CaseDetails tier3 = submit("CN");
        fireTimer(tier3, "presumedSlaBreach");
        assertThat(slaState(tier3)).isEqualTo("OVERDUE");

        CaseDetails escalated = submit("AE");
        SignIn.as(users, "reviewer1");
        review.claim(escalated.reference());
        review.escalate(escalated.reference(), "Needs a senior view on the consignee's ownership.");
        assertThat(slaState(escalated)).as("the senior clock starts afresh").isEqualTo("RUNNING");
        fireTimer(escalated, "seniorSlaBreach");
        assertThat(slaState(escalated)).isEqualTo("OVERDUE");
        assertThat(slaEvents(escalated)).containsExactly(SlaEvent.Kind.STARTED, SlaEvent.Kind.STARTED,
                SlaEvent.Kind.BREACHED);
    }

    @Test
    void twoThreadsCompletingTheSameReviewEndWithOneDecisionAndTheOtherToldWhy() throws Exception {
        CaseDetails c = submit("AE");
        SignIn.as(users, "reviewer1");
        review.claim(c.reference());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<String> approve = () -> {
                SignIn.as(users, "reviewer1");
                go.await();
                try {
                    review.approve(c.reference(), "Approved from one of two open tabs.");
                    return "approved";
                } catch (ReviewRefusedException refused) {
                    return refused.getMessage();
                } finally {
                    SignIn.out();
                }
            };
            var first = pool.submit(approve);
            var second = pool.submit(approve);
            go.countDown();
            List<String> outcomes = List.of(first.get(60, java.util.concurrent.TimeUnit.SECONDS), second.get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(outcomes).filteredOn("approved"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.equals(c.reference() + " is approved and no longer open for review."))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(details(c).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    private void fireTimer(CaseDetails c, String boundaryEventId) {
        Timers.in(context).fire(c.processInstanceId(), boundaryEventId);
    }

    private java.time.Instant timerDue(CaseDetails c, String boundaryEventId) {
        return management.createTimerJobQuery().processInstanceId(c.processInstanceId()).list().stream()
                .filter(j -> boundaryEventId.equals(j.getElementId())).findFirst().orElseThrow().getDuedate()
                .toInstant();
    }

    private java.time.Instant caseInstant(CaseDetails c, String column) {
        return jdbc.queryForObject("select " + column + " from licence_application where reference = ?",
                java.sql.Timestamp.class, c.reference()).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private CaseDetails submit(String destination) {
        return applications.find(Cases.in(context).filed("exporter1", destination)).orElseThrow();
    }

    private CaseDetails details(CaseDetails c) {
        return Cases.in(context).seenByAuditor(c.reference());
    }

    private String slaState(CaseDetails c) {
        return jdbc.queryForObject("select sla_state from licence_application where reference = ?", String.class,
                c.reference());
    }

    private List<SlaEvent.Kind> slaEvents(CaseDetails c) {
        Long id = jdbc.queryForObject("select id from licence_application where reference = ?", Long.class,
                c.reference());
        return sla.history(id).stream().map(SlaEvent::getEvent).toList();
    }

    private List<String> pathTaken(CaseDetails c) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(c.processInstanceId())
                .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricActivityInstanceId().asc().list()
                .stream().filter(a -> !"sequenceFlow".equals(a.getActivityType()) && !"boundaryEvent".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId).toList();
    }

}
