package com.tierline.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.application.service.CaseSummary;
import com.tierline.support.Cases;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reviewer's queue names each destination as the country pickers do, not by its ISO code. */
class QueueDestinationNamesIT extends KaribuIT {

    @Test
    void theQueueShowsTheDestinationsName() {
        String reference = Cases.in(context).filed("exporter1", "AE");
        SignIn.out();

        signInAs("reviewer1");
        UI.getCurrent().navigate("review");
        @SuppressWarnings("unchecked")
        Grid<CaseSummary> grid = _get(Grid.class, spec -> spec.withId("review-queue"));
        List<String> references = GridKt._fetch(grid, 0, 10_000).stream().map(CaseSummary::reference).toList();
        assertThat(references).contains(reference);
        assertThat(GridKt._getFormatted(grid, references.indexOf(reference), "destinationCountry"))
                .isEqualTo("United Arab Emirates (AE)");
    }
}
