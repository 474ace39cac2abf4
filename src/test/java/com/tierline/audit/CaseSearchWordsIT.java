package com.tierline.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.application.service.CaseSummary;
import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.service.Checkpoint;
import com.tierline.audit.service.Checkpoints;
import com.tierline.review.service.ReviewService;
import com.tierline.shared.Formats;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditor's case search reads in words: destinations by name, who decided, the chain check's dates. */
class CaseSearchWordsIT extends KaribuIT {

    @Autowired AppealService appeals;
    @Autowired ReviewService review;
    @Autowired Checkpoints checkpoints;
    @Autowired AuditTrail audit;

    @Test
    void aCaseDecidedAgainAfterAnUpheldAppealNamesItsDestinationAndTheReviewerWhoDecidedIt() {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "SA", "reviewer1", "The end user could not be verified.");
        String appeal = cases.appealed("exporter1", reference,
                "The end user is a civil weather institute; see the enclosed certificates.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The certificates verify the end user.");
        SignIn.as(users, "reviewer2");
        review.claim(reference);
        review.approve(reference, "End user verified on appeal; within the allocation.");
        SignIn.out();

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases");
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("audit-cases"));
        int row = rowOf(grid, reference);
        assertThat(GridKt._getFormatted(grid, row, "destinationCountry")).isEqualTo("Saudi Arabia (SA)");
        assertThat(GridKt._getFormatted(grid, row, "reviewer")).as("the reviewer of the latest decision")
                .isEqualTo("Ravi Reviewer (reviewer2)");
    }

    @Test
    void theChainCheckWritesItsCheckpointTimeAsTheRestOfThePageWritesTimes() {
        SignIn.as(users, "auditor1");
        checkpoints.published();
        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases");

        _click(_get(Button.class, spec -> spec.withId("verify-chain")));

        Checkpoint latest = audit.verify().latestCheckpoint();
        assertThat(_get(Span.class, spec -> spec.withId("chain-status")).getText()).startsWith("Chain intact: ")
                .contains("signed on " + Formats.preciseDateTime(latest.signedAt(), UI.getCurrent().getLocale())
                        + " with key " + latest.keyId());
    }

    private static int rowOf(Grid<CaseSummary> grid, String reference) {
        List<String> references = GridKt._fetch(grid, 0, 10_000).stream().map(CaseSummary::reference).toList();
        assertThat(references).contains(reference);
        return references.indexOf(reference);
    }
}
