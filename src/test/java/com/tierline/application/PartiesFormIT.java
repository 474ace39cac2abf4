package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.PartyDraft;
import com.tierline.application.ui.ApplicationView;
import com.tierline.screening.domain.CountryTier;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The form's purchaser and intermediate consignees: entered, pre-screened, filed and shown on the case page. */
class PartiesFormIT extends KaribuIT {

    @Autowired ApplicationService applications;

    @Test
    void anIntermediateConsigneeInHongKongTurnsTheLivePreScreenAndIsShownOnTheCase() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        fillParties("DE");
        addH100s(10);
        assertThat(text("prescreen-outcome")).isEqualTo("Authorised (Tier 1, License Exception AIA)");

        _setValue(_get(TextField.class, spec -> spec.withId("purchaser-name")), "Rhein Procurement GmbH");
        _setValue(combo("purchaser-country"), country("DE"));
        _setValue(_get(TextField.class, spec -> spec.withId("intermediate-name")), "Kowloon Freight Ltd");
        _setValue(combo("intermediate-country"), country("HK"));
        _setValue(_get(TextField.class, spec -> spec.withId("intermediate-role")), "freight forwarder");
        _click(_get(Button.class, spec -> spec.withId("add-intermediate")));

        assertThat(_get(Grid.class, spec -> spec.withId("intermediates-grid")).getGenericDataView().getItems())
                .containsExactly(new PartyDraft("Kowloon Freight Ltd", "HK", "freight forwarder"));
        assertThat(text("prescreen-outcome")).isEqualTo("Licence required");
        assertThat(panelText()).contains("Transshipment through Hong Kong");

        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        ApplicationView page = _get(ApplicationView.class);
        String reference = _get(page, com.vaadin.flow.component.html.H2.class, spec -> spec.withId("case-reference"))
                .getText();
        assertThat(applications.find(reference).orElseThrow().otherParties()).hasSize(2);
        assertThat(_get(Div.class, spec -> spec.withId("other-parties")).getElement().getTextRecursively())
                .contains("Purchaser").contains("Rhein Procurement GmbH, Germany (DE)")
                .contains("Intermediate consignee 1 (freight forwarder)")
                .contains("Kowloon Freight Ltd, Hong Kong (HK)");

        _click(_get(Button.class, spec -> spec.withId("start-from")));
        assertThat(_find(com.tierline.application.ui.ApplicationFormView.class)).as("on the new draft's form").hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("purchaser-name")).getValue())
                .isEqualTo("Rhein Procurement GmbH");
        assertThat(_get(Grid.class, spec -> spec.withId("intermediates-grid")).getGenericDataView().getItems())
                .containsExactly(new PartyDraft("Kowloon Freight Ltd", "HK", "freight forwarder"));
        assertThat(_get(Checkbox.class, spec -> spec.withId("declaration")).getValue()).isFalse();
        assertThat(text("prescreen-outcome")).as("screened afresh").isEqualTo("Licence required");
    }

    @Test
    void anIntermediateConsigneeWithoutNameOrCountryIsRefusedNextToItsFields() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        _click(_get(Button.class, spec -> spec.withId("add-intermediate")));
        TextField name = _get(TextField.class, spec -> spec.withId("intermediate-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Name the party");
        assertThat(combo("intermediate-country").getErrorMessage()).isEqualTo("Choose the party's country");
        assertThat(_find(Grid.class, spec -> spec.withId("intermediates-grid"))).as("nothing listed (grid hidden)")
                .isEmpty();
    }

    private static void addH100s(int quantity) {
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "NVIDIA H100 SXM5");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("15832"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-density")), new BigDecimal("19.45"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), quantity);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
    }

    private static void fillParties(String iso) {
        _setValue(combo("destination"), country(iso));
        _setValue(_get(TextField.class, spec -> spec.withId("consignee-name")), "Rhein Compute GmbH");
        _setValue(combo("consignee-country"), country(iso));
        _setValue(_get(TextField.class, spec -> spec.withId("end-user-name")), "Weather Modelling Centre");
        _setValue(combo("end-user-country"), country(iso));
        _setValue(_get(TextArea.class, spec -> spec.withId("end-use")),
                "Training weather prediction models in a certified data centre.");
    }

    private static CountryTier country(String iso) {
        return combo("destination").getListDataView().getItems().filter(c -> c.iso2().equals(iso)).findFirst()
                .orElseThrow();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static String panelText() {
        return _find(Paragraph.class).stream().map(p -> p.getElement().getTextRecursively())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CountryTier> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
