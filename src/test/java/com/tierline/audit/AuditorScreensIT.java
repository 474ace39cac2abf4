package com.tierline.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.application.service.CaseSummary;
import com.tierline.audit.service.Oversight;
import com.tierline.audit.service.TimelineEntry;
import com.tierline.screening.domain.CountryTier;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditor's screens: search filters, the case page with diagram and merged timeline, the dashboard. */
class AuditorScreensIT extends KaribuIT {

    @Autowired Oversight oversight;

    @Test
    void theSearchNarrowsByDestinationAndTheCasePageShowsDiagramTimelineAndDossierWithoutAnyButton() {
        String reference = Cases.in(context).filed("exporter1", "QA");

        signInAs("auditor1");
        UI.getCurrent().navigate("audit/cases");
        @SuppressWarnings("unchecked")
        ComboBox<CountryTier> destination = _get(ComboBox.class, spec -> spec.withId("search-destination"));
        _setValue(destination, destination.getListDataView().getItems().filter(c -> c.iso2().equals("QA"))
                .findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("audit-cases"));
        assertThat(IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)))
                .isNotEmpty().allSatisfy(c -> assertThat(c.destinationCountry()).isEqualTo("QA"))
                .extracting(CaseSummary::reference).contains(reference);
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getText()).isEqualTo("Export CSV");

        UI.getCurrent().navigate("audit/cases/" + reference);
        assertThat(_get(Image.class, spec -> spec.withId("process-diagram")).getAlt()).hasValue(
                "Process diagram of " + reference);
        assertThat(_get(Span.class, spec -> spec.withId("current-step")).getText())
                .isEqualTo("The case is now at Review.");
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("case-timeline"));
        assertThat(IntStream.range(0, GridKt._size(timeline)).mapToObj(i -> GridKt._get(timeline, i).what()))
                .contains("Submitted for export to Qatar (QA), 1 item", "Pre-screen", "Review")
                .noneMatch(what -> what.contains("{") || what.startsWith("application.") || what.startsWith("step"));
        assertThat(_get(Anchor.class, spec -> spec.withId("dossier")).getText()).isEqualTo("Case dossier (PDF)");
        assertThat(_find(Button.class).stream().filter(b -> !"logout".equals(b.getId().orElse("")))
                .filter(b -> !(b instanceof com.vaadin.flow.component.applayout.DrawerToggle))
                .filter(b -> !"notification-bell".equals(b.getId().orElse(""))))
                .as("read-only: no button that could change anything").isEmpty();
    }

    @Test
    void theDashboardShowsTheFiguresOfTheService() {
        signInAs("senior1");
        var figures = oversight.figures();
        UI.getCurrent().navigate("oversight");
        assertThat(_get(Span.class, spec -> spec.withId("decided")).getText())
                .isEqualTo(String.format(java.util.Locale.US, "%,d", figures.decided()));
        assertThat(_get(Span.class, spec -> spec.withId("appeals-upheld")).getText())
                .isEqualTo(Long.toString(figures.appealsByStatus().getOrDefault("UPHELD", 0L)));
        assertThat(_find(Image.class)).extracting(i -> i.getId().orElse(""))
                .contains("chart-allocations", "chart-status", "chart-decisions", "chart-appeals");
    }
}
