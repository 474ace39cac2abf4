package com.tierline.application;

import com.tierline.review.service.DenialReason;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The three routes of licence-application.bpmn20.xml, driven through the services a user would call. */
@TierlineIT
class LicenceApplicationProcessIT {

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void tier1DestinationIsAuthorisedAndTheProcessEnds() {
        CaseDetails c = submitAs("exporter1", "DE");
        assertThat(c.status()).isEqualTo(ApplicationStatus.AUTHORISED);
        assertThat(c.outcome()).isEqualTo("AUTHORISED_TIER1");
        assertThat(c.tier()).isEqualTo(1);
        assertThat(c.totalTpp()).isEqualByComparingTo("31664000");
        assertThat(c.ruleSetVersion()).isEqualTo("2025-01-15r2");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count()).isZero();
        assertThat(pathTaken(c)).containsExactly("submitted", "preScreen", "routeByOutcome", "authorised");
    }

    @Test
    void tier2DestinationNeedsALicenceAndWaitsInTheTeamQueue() {
        CaseDetails c = submitAs("exporter1", "AE");
        assertThat(c.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(c.outcome()).isEqualTo("LICENCE_REQUIRED");
        Task task = openTask(c);
        assertThat(task.getTaskDefinitionKey()).isEqualTo("review");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateGroup("ai-chips").count()).isEqualTo(1);
        assertThat(c.findings()).extracting("code").contains("TIER2_LICENCE_REQUIRED");
    }

    @Test
    void tier3DestinationGoesToReviewAsPresumptionOfDenial() {
        CaseDetails c = submitAs("exporter1", "CN");
        assertThat(c.status()).isEqualTo(ApplicationStatus.PRESUMED_DENIAL);
        assertThat(c.outcome()).isEqualTo("PRESUMPTION_OF_DENIAL");
        assertThat(openTask(c).getTaskDefinitionKey()).isEqualTo("presumedDenialReview");
    }

    @Test
    void approvalCompletesTheReviewAndEndsTheProcessAsApproved() {
        CaseDetails c = submitAs("exporter1", "AE");
        SignIn.as(users, "reviewer1");
        review.claim(c.reference());
        assertThat(openTask(c).getAssignee()).isEqualTo("reviewer1");
        review.approve(c.reference(), "End user verified; volume within the country allocation.");
        CaseDetails decided = applications.find(c.reference()).orElseThrow();
        assertThat(decided.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(decided.decidedBy()).isEqualTo("reviewer1");
        assertThat(pathTaken(c)).endsWith("review", "reviewDecision", "approved");
    }

    @Test
    void denialOfAPresumedDenialEndsAsDenied() {
        CaseDetails c = submitAs("exporter1", "CN");
        SignIn.as(users, "reviewer2");
        review.claim(c.reference());
        review.deny(c.reference(), DenialReason.OTHER, "Tier 3 destination; no grounds to rebut the presumption.");
        assertThat(applications.find(c.reference()).orElseThrow().status()).isEqualTo(ApplicationStatus.DENIED);
        assertThat(pathTaken(c)).endsWith("presumedDenialReview", "presumedDecision", "denied");
    }

    private CaseDetails submitAs(String exporter, String destination) {
        return applications.find(Cases.in(context).filed(exporter, destination)).orElseThrow();
    }

    private Task openTask(CaseDetails c) {
        return tasks.createTaskQuery().processInstanceId(c.processInstanceId()).singleResult();
    }

    private java.util.List<String> pathTaken(CaseDetails c) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(c.processInstanceId())
                .orderByHistoricActivityInstanceStartTime().asc().orderByHistoricActivityInstanceId().asc().list()
                .stream().filter(a -> !"sequenceFlow".equals(a.getActivityType()) && !"boundaryEvent".equals(a.getActivityType()))
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
