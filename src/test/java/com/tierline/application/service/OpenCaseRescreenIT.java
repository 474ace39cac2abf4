package com.tierline.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.application.service.OpenCaseRescreen.Reason;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.support.Drafts;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Administration re-screens open cases only through this entry point: in the system's name when no one is signed in
 * (start-up, the effective-date poll), in an administrator's name when one publishes. Nobody else gets in.
 */
@TierlineIT
class OpenCaseRescreenIT {

    @Autowired ApplicationService applications;
    @Autowired OpenCaseRescreen rescreen;
    @Autowired RuleSetCatalog ruleSets;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSignedInPersonCannotRescreenACaseInTheSystemsName() {
        String reference = filedCase();

        SignIn.as(users, "admin1");
        assertThatThrownBy(() -> rescreen.bySystem(reference, ruleSets.current(), Reason.VERSION_TOOK_EFFECT))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "exporter1");
        assertThat(applications.find(reference).orElseThrow().screenings()).as("the case keeps its one screening")
                .hasSize(1);
    }

    @Test
    void onlyAnAdministratorOrTheSystemListsAndRescreensOpenCases() {
        String reference = filedCase();

        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> rescreen.openCases()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rescreen.byAdministrator(reference, ruleSets.current()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "admin1");
        assertThat(rescreen.openCases()).extracting(OpenCaseRescreen.OpenCase::reference).contains(reference);
        SignIn.out();
        assertThat(rescreen.openCases()).as("the system, with no one signed in")
                .extracting(OpenCaseRescreen.OpenCase::reference).contains(reference);
    }

    private String filedCase() {
        SignIn.as(users, "exporter1");
        String reference = applications.saveDraft(null, Drafts.h100s("AE"));
        applications.submit(reference);
        SignIn.out();
        return reference;
    }
}
