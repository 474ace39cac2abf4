package com.tierline.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.application.service.CaseSummary;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.SavedView;
import com.tierline.review.service.SavedViews;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review queue names colleagues as people: "Ana Reviewer (reviewer1)", not the bare user name. */
class QueueNamesPeopleIT extends KaribuIT {

    @Autowired SavedViews savedViews;

    @Test
    @SuppressWarnings("unchecked")
    void claimedByNamesTheColleagueWhoHoldsTheCase() {
        String reference = Cases.in(context).claimed("exporter1", "AE", "reviewer1");
        SignIn.out();

        signInAs("reviewer2");
        UI.getCurrent().navigate("review");
        _get(Tabs.class).setSelectedTab(_get(Tab.class, spec -> spec.withId("queue-team")));
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        List<String> references = GridKt._fetch(grid, 0, 10_000).stream().map(CaseSummary::reference).toList();
        assertThat(references).contains(reference);
        assertThat(GridKt._getFormatted(grid, references.indexOf(reference), "assignee"))
                .startsWith("Ana Reviewer (reviewer1) since ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aViewSharedByAColleagueNamesThem() {
        SignIn.as(users, "reviewer1");
        savedViews.save("Gulf cases, shared", ReviewQueue.TEAM, QueueFilter.NONE, true);
        SignIn.out();

        signInAs("reviewer2");
        UI.getCurrent().navigate("review");
        ComboBox<SavedView> picker = _get(ComboBox.class, spec -> spec.withId("saved-views"));
        assertThat(ComboBoxKt.getSuggestions(picker))
                .contains("Gulf cases, shared (shared by Ana Reviewer (reviewer1))");
    }
}
