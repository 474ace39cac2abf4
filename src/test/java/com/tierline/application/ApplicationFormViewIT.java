package com.tierline.application;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.ui.ApplicationView;
import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ApplicationFormViewIT extends KaribuIT {

    @Autowired ApplicationService applications;

    @Test
    void emptySubmissionShowsAMessageNextToEachFieldAndSavesNothing() {
        signInAs("exporter3");
        long before = applications.myApplications(PageRequest.of(0, 1)).getTotalElements();
        UI.getCurrent().navigate("applications/draft");
        _click(_get(Button.class, spec -> spec.withId("submit-application")));

        assertThat(combo("destination").isInvalid()).isTrue();
        assertThat(combo("destination").getErrorMessage()).isEqualTo("Choose the destination country");
        assertThat(_get(TextField.class, spec -> spec.withId("consignee-name")).getErrorMessage())
                .isEqualTo("Name the consignee");
        assertThat(_get(TextArea.class, spec -> spec.withId("end-use")).getErrorMessage())
                .startsWith("Describe the end use");
        assertThat(applications.myApplications(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void anItemWithAZeroQuantityIsRefusedNextToTheQuantity() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "H100");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("-5"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), 0);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        IntegerField quantity = _get(IntegerField.class, spec -> spec.withId("item-quantity"));
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("Quantity must be at least 1");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")).getErrorMessage())
                .isEqualTo("TPP must be greater than zero");
        assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText()).isEqualTo("No items yet.");
    }

    @Test
    void aCompleteFormWithoutItemsIsRefusedUnderTheItems() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        fillParties("AE");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertThat(_get(Span.class, spec -> spec.withId("items-error")).getText()).isEqualTo("Add at least one item");
    }

    @Test
    void aValidApplicationIsSubmittedAndShowsItsPreScreen() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        fillParties("AE");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "NVIDIA H100 SXM5");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("15832"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-density")), new BigDecimal("19.45"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), 2000);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        _click(_get(Button.class, spec -> spec.withId("submit-application")));

        ApplicationView page = _get(ApplicationView.class);
        String reference = _get(page, com.vaadin.flow.component.html.H2.class, spec -> spec.withId("case-reference"))
                .getText();
        assertThat(applications.find(reference).orElseThrow().status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("Under review");
    }

    @Test
    void theLivePreScreenFollowsTheFormAndTheCataloguePickFillsInTheFigures() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("prescreen-panel")).getElement()
                .getText()).isEmpty();
        fillParties("AE");
        @SuppressWarnings("unchecked")
        ComboBox<ChipSpec> chip = _get(ComboBox.class, spec -> spec.withId("item-chip"));
        _setValue(chip, chip.getListDataView().getItems().filter(c -> c.model().equals("H100-SXM5-80GB"))
                .findFirst().orElseThrow());
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")).getValue()).isEqualByComparingTo("15832");
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), 2000);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        assertThat(_get(Span.class, spec -> spec.withId("prescreen-outcome")).getText()).isEqualTo("Licence required");
        assertThat(panelText()).contains("over the 26,900,000 TPP limit").contains("Tier 2");

        _setValue(combo("destination"), combo("destination").getListDataView().getItems()
                .filter(c -> c.iso2().equals("DE")).findFirst().orElseThrow());
        assertThat(_get(Span.class, spec -> spec.withId("prescreen-outcome")).getText())
                .isEqualTo("Authorised (Tier 1, License Exception AIA)");
        assertThat(panelText()).contains("License Exception AIA, Supp. No. 5 to 15 CFR part 740");
    }

    private static String panelText() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Paragraph.class)
                .stream().map(p -> p.getElement().getTextRecursively())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private void fillParties(String country) {
        CountryTier destination = combo("destination").getListDataView().getItems()
                .filter(c -> c.iso2().equals(country)).findFirst().orElseThrow();
        _setValue(combo("destination"), destination);
        _setValue(_get(TextField.class, spec -> spec.withId("consignee-name")), "Gulf Data Centres LLC");
        _setValue(combo("consignee-country"), destination);
        _setValue(_get(TextField.class, spec -> spec.withId("end-user-name")), "Weather Modelling Centre");
        _setValue(combo("end-user-country"), destination);
        _setValue(_get(TextArea.class, spec -> spec.withId("end-use")),
                "Training weather prediction models in a certified data centre.");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CountryTier> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
