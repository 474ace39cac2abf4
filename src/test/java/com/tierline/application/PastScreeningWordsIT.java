package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.service.AppealHearings;
import com.tierline.application.service.CaseDetails;
import com.tierline.shared.Formats;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

/**
 * A screening on the record states the allocation as it stood at that screening, with its date, on every page that
 * shows one; only the live pre-screen while drafting may say "now", since the figure moves as other cases are decided.
 */
class PastScreeningWordsIT extends KaribuIT {

    /** The figure, then the day and time of that screening: "… TPP on Dec 1, 2026, 6:59 PM UTC". */
    static final String SCREENED_ON = "[\\d,]+ TPP on [A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d\\d";

    @Test
    void theReviewersCasePageStatesTheAllocationAtTheScreeningAndItsDate() {
        String reference = Cases.in(context).filed("exporter1", "IN");
        CaseDetails filed = Cases.in(context).seenByAuditor(reference);

        signInAs("reviewer1");
        UI.getCurrent().navigate("review/" + reference);

        assertThat(text("screening-result")).contains("Allocation left at this screening"
                + Formats.number(filed.allocation().remainingBefore(), UI.getCurrent().getLocale()) + " TPP on ")
                .containsPattern(SCREENED_ON);
        assertThat(page()).doesNotContain("left now").doesNotContain("Allocation left before");
    }

    @Test
    void theHearingListsEveryScreeningWithTheAllocationAsItThenStood() {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "IN", "reviewer1", "The end-use statement is not credible.");
        cases.appealed("exporter1", reference, "The end user is a university with a published research programme.");
        CaseDetails denied = cases.seenByAuditor(reference);
        signInAs("senior1");
        String appeal = context.getBean(AppealHearings.class).appealsOfCase(reference).get(0).getReference();

        UI.getCurrent().navigate("review/appeals", QueryParameters.of("appeal", appeal));

        assertThat(text("screening-history")).contains("Allocation left at this screening"
                + Formats.number(denied.screenings().get(0).result().allocation().remainingBefore(),
                        UI.getCurrent().getLocale()) + " TPP on ").containsPattern(SCREENED_ON);
        assertThat(page()).doesNotContain("left now");
    }

    @Test
    void theAuditorsScreeningsAndSummaryStateTheAllocationAtEachScreening() {
        String reference = Cases.in(context).filed("exporter1", "IN");
        SignIn.out();

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases/" + reference);

        assertThat(text("screening-history")).contains("Allocation left at this screening");
        assertThat(text("screening-result")).contains("Allocation left at this screening");
        assertThat(page()).doesNotContain("left now");
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String page() {
        return UI.getCurrent().getElement().getTextRecursively();
    }
}
