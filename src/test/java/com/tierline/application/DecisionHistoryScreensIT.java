package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After an upheld appeal, every role's case page still shows the denial it overturned, with its letter. */
class DecisionHistoryScreensIT extends KaribuIT {

    static final String DENIAL = "The consignee's data centre could not be located.";

    @Autowired AppealService appeals;

    @Test
    void theExporterStillSeesTheDenialAndItsLetterAfterTheAppealWasUpheld() {
        String reference = upheldAppealOf(DENIAL);

        signInAs("exporter1");
        UI.getCurrent().navigate("applications/" + reference);
        String timeline = _get(Div.class, spec -> spec.withId("exporter-timeline")).getElement()
                .getTextRecursively();
        assertThat(timeline).contains("Denied by the licensing officer: ").contains(DENIAL)
                .contains(" lodged: ").contains(" upheld by ").contains("Reopened for a fresh screening");
        assertThat(timeline.indexOf("Denied by")).isLessThan(timeline.indexOf(" upheld by "));
        assertThat(timeline.indexOf(" upheld by ")).isLessThan(timeline.indexOf("Reopened"));
        assertThat(_find(Anchor.class, spec -> spec.withId("decision-letter-1"))).as("the denial's own letter")
                .hasSize(1);
    }

    @Test
    void reviewerAndAuditorSeeTheWholeDecisionHistoryWithWhoTookEachStep() {
        String reference = upheldAppealOf(DENIAL);

        signInAs("reviewer2");
        UI.getCurrent().navigate("review/" + reference);
        assertThat(_get(Div.class, spec -> spec.withId("decision-history")).getElement().getTextRecursively())
                .contains("Denied: ").contains(DENIAL + " — Ana Reviewer (reviewer1)").contains("Appeal upheld")
                .contains("— Sam Senior (senior1)");
        SignIn.out();

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases/" + reference);
        assertThat(_get(Div.class, spec -> spec.withId("decision-history")).getElement().getTextRecursively())
                .contains(DENIAL + " — Ana Reviewer (reviewer1)").contains("Reopened for a fresh screening and review");
        assertThat(_find(Anchor.class, spec -> spec.withId("decision-letter-1"))).hasSize(1);
    }

    private String upheldAppealOf(String denial) {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "AE", "reviewer1", denial);
        String appeal = cases.appealed("exporter1", reference,
                "The data centre is certified; its address is in the enclosed audit report.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The audit report locates and certifies the data centre.");
        SignIn.out();
        return reference;
    }
}
