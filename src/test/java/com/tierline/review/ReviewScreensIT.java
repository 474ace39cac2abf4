package com.tierline.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.application.service.CaseSummary;
import com.tierline.review.service.DenialReason;
import com.tierline.support.Cases;
import com.tierline.screening.domain.CountryTier;
import com.tierline.support.Drafts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue tabs and the decision panel, browserless. */
class ReviewScreensIT extends KaribuIT {

    @Test
    @SuppressWarnings("unchecked")
    void queueTabsCountAndListTheirCasesAndTheDecisionPanelOffersOnlyWhatIsAllowed() {
        String tier2 = submittedByExporter("AE");
        String tier3 = submittedByExporter("CN");

        signInAs("reviewer1");
        UI.getCurrent().navigate("review/" + tier3);
        assertThat(_find(Button.class, spec -> spec.withId("approve"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("claim")));
        assertThat(_find(Button.class).stream().map(Button::getText))
                .contains("Deny", "Escalate", "Release").doesNotContain("Approve", "Request information", "Claim");
        _click(_get(Button.class, spec -> spec.withId("deny")));
        ComboBox<DenialReason> code = _get(ComboBox.class, spec -> spec.withId("denial-reason"));
        assertThat(code.getErrorMessage()).isEqualTo("Choose the reason for the denial from the list.");
        _setValue(code, DenialReason.PRESUMPTION_OF_DENIAL);
        _click(_get(Button.class, spec -> spec.withId("deny")));
        assertThat(_get(TextArea.class, spec -> spec.withId("decision-reason")).getErrorMessage())
                .startsWith("Give a reason of at least 10 characters");
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-reason")), "Tier 3 destination; not rebutted.");
        _click(_get(Button.class, spec -> spec.withId("deny")));
        _click(_get(Button.class, spec -> spec.withId("confirmation-confirm")));
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("case-status")).getText())
                .isEqualTo("Denied");

        UI.getCurrent().navigate("review");
        Tab mine = _get(Tab.class, spec -> spec.withId("queue-mine"));
        Tab unassigned = _get(Tab.class, spec -> spec.withId("queue-unassigned"));
        assertThat(unassigned.getElement().getTextRecursively()).startsWith("Unassigned ");
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        assertThat(GridKt._fetch(grid, 0, 1000)).extracting(CaseSummary::reference).contains(tier2)
                .doesNotContain(tier3);
        ComboBox<CountryTier> destination = _get(ComboBox.class, spec -> spec.withId("filter-destination"));
        assertThat(ComboBoxKt.getSuggestions(destination)).as("picked by name").contains("United Arab Emirates (AE)");
        _setValue(destination, destination.getListDataView().getItems().filter(c -> c.iso2().equals("AE"))
                .findFirst().orElseThrow());
        assertThat(GridKt._fetch(grid, 0, 1000)).extracting(CaseSummary::destinationCountry).containsOnly("AE")
                .isNotEmpty();
        _get(Tabs.class).setSelectedTab(mine);
        assertThat(GridKt._fetch(grid, 0, 1000)).extracting(CaseSummary::reference).doesNotContain(tier2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBulkBarAppearsWithASelectionAndClaimsEverySelectedCase() {
        String first = submittedByExporter("AE");
        String second = submittedByExporter("AE");

        signInAs("reviewer2");
        UI.getCurrent().navigate("review");
        assertThat(_find(Button.class, spec -> spec.withId("bulk-claim"))).as("nothing selected, no bulk bar").isEmpty();
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        List<CaseSummary> chosen = GridKt._fetch(grid, 0, 1000).stream()
                .filter(c -> List.of(first, second).contains(c.reference())).toList();
        assertThat(chosen).hasSize(2);
        grid.asMultiSelect().select(chosen);
        assertThat(_get(Span.class, spec -> spec.withId("bulk-count")).getText()).isEqualTo("2 cases selected");

        Button claimSelected = _get(Button.class, spec -> spec.withId("bulk-claim"));
        _click(claimSelected);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("2 of 2 done");
        assertThat(claimSelected.getParent().orElseThrow().isVisible())
                .as("the selection is cleared, the bar goes away").isFalse();
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("queue-mine")));
        assertThat(GridKt._fetch(grid, 0, 1000)).extracting(CaseSummary::reference).contains(first, second);
    }

    private String submittedByExporter(String destination) {
        return Cases.in(context).filed("exporter1", destination);
    }
}
