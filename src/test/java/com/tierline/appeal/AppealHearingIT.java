package com.tierline.appeal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.appeal.service.AppealService;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A senior reviewer hears an appeal with the case, its screenings and the decision under appeal in view. */
class AppealHearingIT extends KaribuIT {

    static final String DENIAL_REASON = "Presumption of denial not rebutted by the end-use statement.";

    @Autowired AppealService appeals;

    @Test
    void aDenialAppealIsHeardWithTheDecisionItsReviewerAndTheWholeCase() {
        String caseReference = deniedAndAppealed();
        String appealReference = appealOf(caseReference);

        signInAs("senior1");
        UI.getCurrent().navigate("review/appeals", QueryParameters.of("appeal", appealReference));

        assertThat(text("decision-under-appeal")).contains("Denied by Ana Reviewer (reviewer1)").contains(DENIAL_REASON);
        assertThat(_get(Anchor.class, spec -> spec.withId("decision-letter"))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withId("appeal-case-link")).getHref())
                .isEqualTo("review/" + caseReference);
        assertThat(_get(Grid.class, spec -> spec.withId("case-items")).getGenericDataView().getItems().count())
                .isEqualTo(1);
        assertThat(_get(com.tierline.application.ui.ScreeningHistory.class, spec -> spec.withId("screening-history"))
                .getChildren().count()).isPositive();
        assertThat(text("appeal-grounds-text")).contains("civil weather institute");
    }

    @Test
    void theCaseLinksBackToItsAppeal() {
        String caseReference = deniedAndAppealed();
        String appealReference = appealOf(caseReference);

        signInAs("senior1");
        UI.getCurrent().navigate("review/" + caseReference);

        assertThat(text("case-appeals")).contains("Appeal " + appealReference + ": being heard.");
        assertThat(_get(Div.class, spec -> spec.withId("case-appeals")).getElement().toString())
                .contains("review/appeals?appeal=" + appealReference);
    }

    @Test
    void aTierUpgradePetitionShowsWhereTheDestinationStandsToday() {
        signInAs("exporter1");
        String petition = appeals.appealForTierUpgrade("IN",
                "India's data centres meet every security condition of Supplement No. 10.", List.of());
        SignIn.out();

        signInAs("senior1");
        UI.getCurrent().navigate("review/appeals", QueryParameters.of("appeal", petition));

        assertThat(text("destination-standing")).contains("India (IN), Tier 2 today")
                .contains("Open cases to it:").contains("Country allocation:").contains("TPP; used by approvals");
    }

    private String deniedAndAppealed() {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "CN", "reviewer1", DENIAL_REASON);
        cases.appealed("exporter1", reference, "The end user is a civil weather institute with certificates.");
        SignIn.out();
        return reference;
    }

    private String appealOf(String caseReference) {
        signInAs("senior1");
        String reference = context.getBean(com.tierline.appeal.service.AppealHearings.class)
                .appealsOfCase(caseReference).get(0).getReference();
        SignIn.out();
        return reference;
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }
}
