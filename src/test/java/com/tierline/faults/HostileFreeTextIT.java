package com.tierline.faults;

import com.tierline.review.service.DenialReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.appeal.service.AppealRefusedException;
import com.tierline.appeal.service.AppealService;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.rfi.service.InformationRequestRefusedException;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The same character check as the application's names guards the free text of RFI answers, decisions and appeals. */
@TierlineIT
class HostileFreeTextIT {

    @Autowired ApplicationService applications;
    @Autowired InformationRequests rfi;
    @Autowired ReviewService review;
    @Autowired AppealService appeals;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anRfiAnswerWithAnEscapeSequenceIsRefusedAndTheCaseStillWaits() {
        String reference = Cases.in(context).awaitingExporter("exporter1", "AE", "reviewer1",
                "Please name the data centre operator and its site.");
        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> rfi.answer(reference, "Operated by \u001b[2J Gulf Data Centres LLC.", List.of()))
                .isInstanceOf(InformationRequestRefusedException.class).hasMessageContaining("U+001B");
        assertThat(status(reference)).isEqualTo(ApplicationStatus.AWAITING_EXPORTER);
        rfi.answer(reference, "Operated by Gulf Data Centres LLC\nat its Abu Dhabi campus.", List.of());
        assertThat(status(reference)).isNotEqualTo(ApplicationStatus.AWAITING_EXPORTER);
    }

    @Test
    void aDenialReasonAndAppealGroundsWithDirectionOverridesAreRefused() {
        String reference = Cases.in(context).claimed("exporter1", "CN", "reviewer1");
        assertThatThrownBy(() -> review.deny(reference, DenialReason.OTHER, "Presumption of denial \u202Enot rebutted by the file."))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("text-direction");
        assertThat(status(reference)).isNotEqualTo(ApplicationStatus.DENIED);
        review.deny(reference, DenialReason.OTHER, "Presumption of denial not rebutted by the file.");

        SignIn.as(users, "exporter1");
        assertThatThrownBy(() -> appeals.appealDenial(reference, "We dispute\u0000 the end-use assessment.", List.of()))
                .isInstanceOf(AppealRefusedException.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> appeals.appealDenial(reference, "We dispute the \u2066end-use\u2069 assessment.",
                List.of()))
                .isInstanceOf(AppealRefusedException.class).hasMessageContaining("U+2066");
        assertThat(jdbc.queryForObject("select count(*) from appeal a join licence_application l "
                + "on l.id = a.application_id where l.reference = ?", Integer.class, reference)).isZero();
    }

    private ApplicationStatus status(String reference) {
        return ApplicationStatus.valueOf(jdbc.queryForObject(
                "select status from licence_application where reference = ?", String.class, reference));
    }
}
