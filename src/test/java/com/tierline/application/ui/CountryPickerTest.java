package com.tierline.application.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.tierline.screening.service.ShippedRuleSet;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the reader types ranks the countries: the name's start, then the code, then a word's start, then any part. */
class CountryPickerTest {

    private CountryPicker picker;

    @BeforeEach
    void pickerOfTheShippedCountries() {
        MockVaadin.setup();
        picker = new CountryPicker("Destination", List.copyOf(ShippedRuleSet.ruleSet().countries().values()));
        UI.getCurrent().add(picker);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void indiaOffersIndiaBeforeTheBritishIndianOceanTerritory() {
        assertThat(typed("India")).startsWith("India (IN)").contains("British Indian Ocean Territory (IO)");
    }

    @Test
    void theCodeFindsItsCountryFirst() {
        assertThat(typed("IN").get(0)).isEqualTo("India (IN)");
        assertThat(typed("de")).as("a name's start before a code").startsWith("Denmark (DK)", "Germany (DE)");
        assertThat(typed("deu")).startsWith("Germany (DE)");
    }

    @Test
    void unitedOffersTheUnitedCountriesBeforeTheOthers() {
        List<String> offered = typed("united");
        assertThat(offered.subList(0, 3)).containsExactly("United Arab Emirates (AE)", "United Kingdom (GB)",
                "United States (US)");
        assertThat(offered).allSatisfy(name -> assertThat(name.toLowerCase()).contains("united"));
        assertThat(offered.get(3)).isEqualTo("United States Minor Outlying Islands (UM)");
    }

    @Test
    void accentsAndCaseDoNotCountAndTheFieldIsWideEnoughToRead() {
        assertThat(typed("cote")).anySatisfy(name -> assertThat(name).startsWith("C\u00f4te"));
        assertThat(typed("")).hasSize(ShippedRuleSet.ruleSet().countries().size());
        assertThat(picker.getWidth()).isEqualTo("20rem");
        assertThat(picker.getStyle().get("--vaadin-combo-box-overlay-width")).isEqualTo("26rem");
    }

    private List<String> typed(String text) {
        ComboBoxKt.setUserInput(picker, text);
        return ComboBoxKt.getSuggestions(picker);
    }
}
