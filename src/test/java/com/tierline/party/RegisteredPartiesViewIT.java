package com.tierline.party;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.party.domain.VeuKind;
import com.tierline.party.service.PartyView;
import com.tierline.party.ui.RegisteredPartiesView;
import com.tierline.screening.domain.CountryTier;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.router.AccessDeniedException;

class RegisteredPartiesViewIT extends KaribuIT {

    @Test
    void anAdministratorRegistersAPartyWithAliasesAndGrantsItANationalVeu() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/registered-parties");

        _setValue(_get(TextField.class, spec -> spec.withId("party-name")), "Cormorant Cloud Oy");
        _setValue(_get(TextArea.class, spec -> spec.withId("party-aliases")), "Cormorant Computing\nCCO Cloud");
        country("party-country", "FI");
        _setValue(_get(TextField.class, spec -> spec.withId("party-lei")), "5493002SANDGRSE0C187");
        _click(_get(Button.class, spec -> spec.withId("party-save")));

        TextField lei = _get(TextField.class, spec -> spec.withId("party-lei"));
        assertThat(lei.isInvalid()).isTrue();
        assertThat(lei.getErrorMessage()).isEqualTo("The check digits do not match: look for a mistyped character");
        assertThat(parties()).extracting(PartyView::name).doesNotContain("Cormorant Cloud Oy");

        _setValue(lei, "");
        _click(_get(Button.class, spec -> spec.withId("party-save")));
        PartyView saved = parties().stream().filter(p -> p.name().equals("Cormorant Cloud Oy")).findFirst()
                .orElseThrow();
        assertThat(saved.aliases()).containsExactly("Cormorant Computing", "CCO Cloud");
        Grid<PartyView> grid = _get(Grid.class, spec -> spec.withId("registered-parties"));
        assertThat(GridKt._getFormattedRow(grid, parties().indexOf(saved))).contains("Finland (FI)", "Registered");

        grid.select(saved);
        _setValue(_get(TextField.class, spec -> spec.withId("veu-number")), "NVEU-FI-TEST-1");
        _setValue(_get(Select.class, spec -> spec.withId("veu-kind")), VeuKind.NVEU);
        country("veu-destination", "FI");
        _setValue(_get(DatePicker.class, spec -> spec.withId("veu-valid-from")), LocalDate.of(2025, 5, 15));
        _click(_get(Button.class, spec -> spec.withId("veu-grant")));

        Grid<PartyView.Authorisation> granted = _get(Grid.class, spec -> spec.withId("veu-authorisations"));
        assertThat(GridKt._getFormattedRow(granted, 0)).contains("NVEU-FI-TEST-1", "National validated end user",
                "Finland (FI)");
    }

    @Test
    void anExporterCannotOpenThePage() {
        signInAs("exporter1");
        try {
            UI.getCurrent().navigate("admin/registered-parties");
            assertThat(_find(RegisteredPartiesView.class)).isEmpty();
        } catch (AssertionError denied) {
            // Karibu turns Vaadin's access-denied reroute into an error so that a test cannot miss it.
            assertThat(denied).hasStackTraceContaining(AccessDeniedException.class.getName());
        }
    }

    @SuppressWarnings("unchecked")
    private List<PartyView> parties() {
        Grid<PartyView> grid = _get(Grid.class, spec -> spec.withId("registered-parties"));
        return grid.getListDataView().getItems().toList();
    }

    @SuppressWarnings("unchecked")
    private static void country(String id, String iso2) {
        ComboBox<CountryTier> box = _get(ComboBox.class, spec -> spec.withId(id));
        _setValue(box, box.getListDataView().getItems().filter(c -> c.iso2().equals(iso2)).findFirst().orElseThrow());
    }
}
