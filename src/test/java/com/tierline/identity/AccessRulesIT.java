package com.tierline.identity;

import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewQueues;
import com.tierline.application.service.MyCasesFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.audit.service.AuditTrail;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Method- and row-level security: who may call what, and whose rows they get. */
@TierlineIT
class AccessRulesIT {

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired ReviewQueues queues;
    @Autowired AuditTrail audit;
    @Autowired UserDetailsService users;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anExporterOfAnotherOrganisationCannotSeeOrTouchTheCase() {
        String reference = Cases.in(context).filed("exporter1", "AE");

        SignIn.as(users, "exporter2");
        assertThat(applications.find(reference)).isPresent();
        assertThat(applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 500)).map(c -> c.reference()).toList())
                .contains(reference);

        SignIn.as(users, "exporter3");
        assertThat(applications.find(reference)).isEmpty();
        assertThat(applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 500)).map(c -> c.reference()).toList())
                .doesNotContain(reference);
        assertThatThrownBy(() -> applications.loadDraft(reference)).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> applications.submit(reference)).isInstanceOf(CaseNotFoundException.class);
    }

    @Test
    void servicesRefuseRolesThatMayNotCallThem() {
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> queues.queue(ReviewQueue.TEAM, QueueFilter.NONE, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.claim("TL-2026-000001")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "auditor1");
        assertThatThrownBy(() -> review.approve("TL-2026-000001", "Auditors must not decide."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.saveDraft(null, Drafts.h100s("AE")))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> applications.saveDraft(null, Drafts.h100s("AE")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applications.searchAll("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "admin1");
        assertThatThrownBy(() -> applications.find("TL-2026-000001")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void invalidDraftsAreRefusedWithFieldMessagesAndNothingIsSaved() {
        SignIn.as(users, "exporter3");
        long before = applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 1)).getTotalElements();
        var draft = Drafts.h100s("XX");
        draft.setEndUse("too short");
        draft.setItems(java.util.List.of());
        assertThatThrownBy(() -> applications.saveDraft(null, draft))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("destinationCountry", "Unknown country code XX")
                        .containsEntry("endUse", "Describe the end use in 20 to 4,000 characters")
                        .as("a draft may lack items; submitting it may not").doesNotContainKey("items"));
        assertThat(applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
        var halfDone = Drafts.h100s("AE");
        halfDone.setItems(java.util.List.of());
        String reference = applications.saveDraft(null, halfDone);
        assertThatThrownBy(() -> applications.submit(reference))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("items", "Add at least one item"));
    }
}
