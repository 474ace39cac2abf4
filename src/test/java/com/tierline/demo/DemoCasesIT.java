package com.tierline.demo;

import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewQueues;
import com.tierline.application.service.MyCasesFilter;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.rfi.service.InformationRequests;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseSummary;
import com.tierline.audit.service.AuditTrail;
import com.tierline.review.service.ReviewService;
import com.tierline.review.service.ReviewQueue;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** The demo's sample cases: on a database of their own, since they are filed only where no case exists yet. */
@TierlineIT
@TestPropertySource(properties = {"tierline.demo.cases=true",
        "spring.datasource.url=jdbc:h2:mem:demo-cases;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "spring.datasource.password="})
class DemoCasesIT {

    @Autowired DemoCases demoCases;
    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired InformationRequests rfi;
    @Autowired ReviewQueues queues;
    @Autowired AuditTrail audit;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyRoleFindsWorkAndTheCasesHaveTheirRealHistory() {
        SignIn.as(users, "auditor1");
        List<CaseSummary> all = applications.searchAll("", PageRequest.of(0, 50)).getContent();
        assertThat(all).extracting(CaseSummary::status).containsExactlyInAnyOrder(ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AUTHORISED, ApplicationStatus.AWAITING_EXPORTER,
                ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.ESCALATED, ApplicationStatus.APPROVED,
                ApplicationStatus.DENIED);
        assertThat(audit.verify().valid()).isTrue();
        assertThat(all).filteredOn(c -> c.status() == ApplicationStatus.APPROVED).singleElement()
                .satisfies(c -> assertThat(audit.caseHistory(c.reference())).extracting("action")
                        .contains("application.submitted", "application.screened", "review.claimed",
                                "review.decided"));

        SignIn.as(users, "reviewer1");
        assertThat(names(ReviewQueue.UNASSIGNED)).containsExactlyInAnyOrder("AE", "CN");
        assertThat(names(ReviewQueue.MINE)).containsExactly("IN");
        assertThat(names(ReviewQueue.WAITING_ON_EXPORTER)).containsExactly("SA");
        SignIn.as(users, "senior1");
        assertThat(names(ReviewQueue.ESCALATED)).containsExactly("VN");

        SignIn.as(users, "exporter2"); // the organisation's other exporter answers the question
        CaseSummary asked = all.stream().filter(c -> c.status() == ApplicationStatus.AWAITING_EXPORTER)
                .findFirst().orElseThrow();
        assertThat(rfi.requestsFor(asked.reference())).singleElement()
                .satisfies(r -> assertThat(r.getAnsweredAt()).isNull());
        SignIn.as(users, "exporter3");
        assertThat(applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 50)).getContent()).extracting(CaseSummary::destinationCountry)
                .containsExactlyInAnyOrder("CN", "VN", "TR");
    }

    @Test
    void aSecondStartFilesNothingMore() throws Exception {
        SignIn.as(users, "auditor1");
        long before = applications.searchAll("", PageRequest.of(0, 50)).getTotalElements();
        SignIn.out();
        demoCases.run(null);
        SignIn.as(users, "auditor1");
        assertThat(applications.searchAll("", PageRequest.of(0, 50)).getTotalElements()).isEqualTo(before)
                .isEqualTo(8);
    }

    private List<String> names(ReviewQueue queue) {
        return queues.queue(queue, QueueFilter.NONE, PageRequest.of(0, 50)).map(CaseSummary::destinationCountry).getContent();
    }
}
