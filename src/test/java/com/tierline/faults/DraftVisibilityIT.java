package com.tierline.faults;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.rfi.service.InformationRequests;
import com.tierline.application.service.ApplicationService;
import com.tierline.support.Drafts;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An exporter's unsubmitted draft is theirs alone: to reviewers and auditors it looks like an unknown case. */
class DraftVisibilityIT extends KaribuIT {

    @Autowired ApplicationService applications;
    @Autowired InformationRequests rfi;

    @Test
    void aReviewerOpeningADraftGetsTheNotFoundPage() {
        String draft = draftOfExporter1();
        signInAs("reviewer1");
        UI.getCurrent().navigate("review/" + draft);
        _assertOne(H2.class, spec -> spec.withId("not-found"));
        assertThat(applications.find(draft)).isEmpty();
        assertThat(rfi.requestsFor(draft)).isEmpty();
    }

    @Test
    void anAuditorOpeningADraftsHistoryGetsTheNotFoundPage() {
        String draft = draftOfExporter1();
        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases/" + draft);
        _assertOne(H2.class, spec -> spec.withId("not-found"));
        assertThat(applications.find(draft)).isEmpty();
    }

    @Test
    void theDraftsOwnOrganisationStillSeesIt() {
        String draft = draftOfExporter1();
        signInAs("exporter2");
        assertThat(applications.find(draft)).isPresent();
    }

    private String draftOfExporter1() {
        SignIn.as(users, "exporter1");
        String draft = applications.saveDraft(null, Drafts.h100s("AE"));
        SignIn.out();
        return draft;
    }
}
