package com.tierline.appeal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.appeal.domain.Appeal;
import com.tierline.application.ui.PreScreenPanel;
import com.tierline.application.ui.ScreeningHistory;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The appeal lists name their case and say when they are empty; a hearing shows each screening once. */
class AppealListsIT extends KaribuIT {

    @Test
    void theExportersAppealsLinkTheCaseEachIsAbout() {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "CN", "reviewer1", "Presumption of denial not rebutted.");
        String appeal = cases.appealed("exporter1", reference,
                "The end user is a civil weather institute with certificates.");
        SignIn.out();

        signInAs("exporter1");
        UI.getCurrent().navigate("appeals");
        @SuppressWarnings("unchecked")
        Grid<Appeal> grid = _get(Grid.class, spec -> spec.withId("my-appeals"));
        List<String> appealsShown = GridKt._fetch(grid, 0, 1000).stream().map(Appeal::getReference).toList();
        assertThat(appealsShown).contains(appeal);
        Anchor link = (Anchor) GridKt._getCellComponent(grid, appealsShown.indexOf(appeal), "case");
        assertThat(link.getText()).isEqualTo(reference);
        assertThat(link.getHref()).isEqualTo("applications/" + reference);
    }

    @Test
    void emptyAppealGridsSaySoInWords() {
        signInAs("exporter1");
        UI.getCurrent().navigate("appeals");
        assertThat(_get(Grid.class, spec -> spec.withId("my-appeals")).getEmptyStateText())
                .startsWith("No appeals yet");
        SignIn.out();

        signInAs("senior1");
        UI.getCurrent().navigate("review/appeals");
        assertThat(_get(Grid.class, spec -> spec.withId("open-appeals")).getEmptyStateText())
                .startsWith("No appeals to hear.");
        assertThat(_find(TextArea.class, spec -> spec.withId("appeal-reason")))
                .as("no reason is asked for before an appeal is chosen").isEmpty();
    }

    @Test
    void theHearingShowsEveryScreeningAndTheDecisionOnceNotAgainBesideThem() {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "CN", "reviewer1", "Presumption of denial not rebutted.");
        String appeal = cases.appealed("exporter1", reference,
                "The end user is a civil weather institute with certificates.");
        SignIn.out();

        signInAs("senior1");
        UI.getCurrent().navigate("review/appeals", QueryParameters.of("appeal", appeal));
        Component hearing = _get(Component.class, spec -> spec.withId("appeal-hearing"));
        long screenings = _get(hearing, ScreeningHistory.class).getChildren().count();
        assertThat(screenings).isPositive();
        assertThat(_find(hearing, PreScreenPanel.class)).as("each screening once, in the history")
                .hasSize((int) screenings);
        assertThat(_find(hearing, Div.class, spec -> spec.withId("screening-result"))).isEmpty();
        assertThat(_find(hearing, Div.class, spec -> spec.withId("decision"))).as("the decision once, as the one "
                + "under appeal").isEmpty();
        assertThat(_find(hearing, Component.class, spec -> spec.withId("decision-under-appeal"))).hasSize(1);
    }
}
