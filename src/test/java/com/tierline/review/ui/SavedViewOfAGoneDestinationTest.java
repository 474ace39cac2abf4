package com.tierline.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tierline.review.service.QueueFilter;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.ShippedRuleSet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A saved queue view whose destination the rule set in force no longer offers: the bar names that destination in
 * words and applies the rest of the view's filter, instead of dropping it without a word.
 */
class SavedViewOfAGoneDestinationTest {

    /** Saved when Saudi Arabia was offered; the countries now offered lack it. */
    static final QueueFilter SAUDI_TIER_2 = new QueueFilter("SA", 2, null, null, null, null);

    private final List<QueueFilter> fired = new ArrayList<>();
    private QueueFilterBar bar;

    @BeforeEach
    void barOfTheCountriesWithoutSaudiArabia() {
        MockVaadin.setup();
        List<CountryTier> offered = ShippedRuleSet.ruleSet().countries().values().stream()
                .filter(c -> !c.iso2().equals("SA")).toList();
        bar = new QueueFilterBar(offered, fired::add);
        UI.getCurrent().add(bar);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theViewNamesTheDestinationNoLongerOfferedAndAppliesTheRestOfItsFilter() {
        bar.apply(SAUDI_TIER_2);

        Span notice = _get(Span.class, spec -> spec.withId("filter-destination-gone"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("This view filters on Saudi Arabia (SA), a destination no longer "
                + "offered, so its other filters are applied without it.");
        assertThat(fired).as("the whole filter, once").containsExactly(new QueueFilter(null, 2, null, null, null,
                null));
        assertThat(_get(Select.class, spec -> spec.withId("filter-tier")).getValue()).isEqualTo(2);
    }

    @Test
    void aViewOfOnlyThatDestinationStillReplacesTheFilterShown() {
        bar.apply(new QueueFilter(null, 3, null, null, null, null));
        fired.clear();

        bar.apply(new QueueFilter("SA", null, null, null, null, null));

        assertThat(fired).as("not the tier filter left from before").containsExactly(QueueFilter.NONE);
        assertThat(_get(Span.class, spec -> spec.withId("filter-destination-gone")).getText())
                .contains("Saudi Arabia (SA)");
    }

    @Test
    void pickingADestinationOrOpeningAViewOfAnOfferedOneClearsTheNotice() {
        bar.apply(SAUDI_TIER_2);
        @SuppressWarnings("unchecked")
        ComboBox<CountryTier> destination = _get(ComboBox.class, spec -> spec.withId("filter-destination"));
        destination.setValue(destination.getListDataView().getItems().filter(c -> c.iso2().equals("AE"))
                .findFirst().orElseThrow());
        assertThat(_find(Span.class, spec -> spec.withId("filter-destination-gone"))).as("hidden").isEmpty();

        bar.apply(SAUDI_TIER_2);
        bar.apply(new QueueFilter("AE", null, null, null, null, null));
        assertThat(_find(Span.class, spec -> spec.withId("filter-destination-gone"))).as("hidden").isEmpty();
        assertThat(fired).last().isEqualTo(new QueueFilter("AE", null, null, null, null, null));
    }
}
