package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.application.service.CaseSummary;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The exporter's list and case page in words: destinations by name, one sentence per event with who acted. */
class ExporterScreensWordsIT extends KaribuIT {

    @Autowired AppealService appeals;

    @Test
    void myApplicationsNamesEachDestination() {
        String reference = Cases.in(context).filed("exporter1", "SA");
        SignIn.out();

        signInAs("exporter1");
        UI.getCurrent().navigate("applications");
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("my-applications"));
        List<String> references = GridKt._fetch(grid, 0, 10_000).stream().map(CaseSummary::reference).toList();
        assertThat(references).contains(reference);
        assertThat(GridKt._getFormatted(grid, references.indexOf(reference), "destinationCountry"))
                .isEqualTo("Saudi Arabia (SA)");
    }

    @Test
    void eachLineOfWhatHasHappenedIsOneSentenceNamingTheAppealAndWhoDecided() {
        Cases cases = Cases.in(context);
        String reference = cases.denied("exporter1", "AE", "reviewer1", "The data centre could not be located.");
        String appeal = cases.appealed("exporter1", reference,
                "The data centre is certified; its address is in the enclosed audit report.");
        SignIn.as(users, "senior1");
        appeals.decide(appeal, Outcome.UPHOLD, "The audit report locates the data centre.");
        SignIn.out();

        signInAs("exporter1");
        UI.getCurrent().navigate("applications/" + reference);
        List<String> lines = _get(Div.class, spec -> spec.withId("exporter-timeline")).getChildren()
                .flatMap(c -> c.getChildren()).filter(ListItem.class::isInstance)
                .map(item -> item.getElement().getTextRecursively()).toList();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Denied by the licensing officer: ").contains("The data centre could not be located."));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Appeal " + appeal + " lodged: "));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Appeal " + appeal
                + " upheld by the senior licensing officer: The audit report locates the data centre."));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .contains("Reopened for a fresh screening and review after appeal " + appeal + " by "));
        assertThat(lines).as("no doubled brackets").noneMatch(line -> line.contains(") ("));
    }

    @Test
    void theLicencesValidityReadsAsADateNotAnIsoCode() {
        String reference = Cases.in(context).approved("exporter1", "AE", "reviewer1",
                "End user verified; within the allocation.");
        SignIn.out();

        signInAs("exporter1");
        UI.getCurrent().navigate("applications/" + reference);
        String decision = _get(Div.class, spec -> spec.withId("decision")).getElement().getTextRecursively();
        assertThat(decision).contains("valid until ").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }
}
