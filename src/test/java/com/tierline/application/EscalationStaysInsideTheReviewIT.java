package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.ui.ApplicationView;
import com.tierline.review.service.ReviewService;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.PdfText;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who escalated a case and why is a step inside the review: the exporter's copy of the case does not carry it at
 * all (nor who claimed or decided it), so no exporter page or letter can show it; reviewers, senior reviewers and
 * auditors read it with the reviewer's name.
 */
class EscalationStaysInsideTheReviewIT extends KaribuIT {

    private static final String JUSTIFICATION = "Consignee ownership unclear; a senior should look at the parent.";

    @Autowired ApplicationService applications;
    @Autowired ReviewService review;
    @Autowired DecisionLetters letters;

    @Test
    void theExportersCopyOfAnEscalatedCaseCarriesNeitherTheEscalatingReviewerNorTheJustification() {
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer2", JUSTIFICATION);

        SignIn.as(users, "exporter1");
        CaseDetails mine = applications.find(reference).orElseThrow();
        assertThat(mine.escalatedBy()).isNull();
        assertThat(mine.escalationReason()).isNull();
        assertThat(mine.assignee()).as("who holds the case is the office's business").isNull();
        assertThat(mine.claimedAt()).isNull();

        CaseDetails audited = Cases.in(context).seenByAuditor(reference);
        assertThat(audited.escalatedBy()).isEqualTo("reviewer2");
        assertThat(audited.escalationReason()).isEqualTo(JUSTIFICATION);
    }

    @Test
    void theExportersCasePageSaysNothingOfTheEscalation() {
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer2", JUSTIFICATION);
        SignIn.out();

        signInAs("exporter1");
        UI.getCurrent().navigate("applications/" + reference);
        String page = _get(ApplicationView.class).getElement().getTextRecursively();
        assertThat(page).contains(reference).doesNotContain("reviewer2").doesNotContain("Ravi Reviewer")
                .doesNotContain(JUSTIFICATION).doesNotContain("Escalated by").doesNotContain("Justification");
    }

    @Test
    void theDecisionLetterOfAnEscalatedCaseNamesNeitherReviewerNorJustification() {
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer2", JUSTIFICATION);
        SignIn.as(users, "senior1");
        review.claim(reference);
        review.approve(reference, "Senior review: the parent company is verified.");

        SignIn.as(users, "exporter1");
        String letter = PdfText.of(letters.letter(reference).orElseThrow());
        assertThat(letter).contains("Senior review: the parent company is verified.")
                .doesNotContain("reviewer2").doesNotContain("Ravi Reviewer").doesNotContain("senior1")
                .doesNotContain(JUSTIFICATION);
    }

    @Test
    void reviewersAndAuditorsReadWhoEscalatedByNameAndUserName() {
        String reference = Cases.in(context).escalated("exporter1", "AE", "reviewer2", JUSTIFICATION);
        SignIn.out();

        signInAs("senior1");
        UI.getCurrent().navigate("review/" + reference);
        assertThat(_get(Div.class, spec -> spec.withId("escalation")).getElement().getTextRecursively())
                .contains("Ravi Reviewer (reviewer2)").contains(JUSTIFICATION);

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases/" + reference);
        assertThat(_get(Div.class, spec -> spec.withId("escalation")).getElement().getTextRecursively())
                .contains("Ravi Reviewer (reviewer2)").contains(JUSTIFICATION);
    }
}
