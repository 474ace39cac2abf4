package com.tierline.application;

import com.tierline.application.service.MyCasesFilter;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.application.ui.ApplicationFormView;
import com.tierline.application.ui.MyApplicationsView;
import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentUpload;
import com.tierline.document.ui.DocumentUploader;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
        long before = applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 1)).getTotalElements();
        UI.getCurrent().navigate("applications/draft");
        _click(_get(Button.class, spec -> spec.withId("submit-application")));

        assertThat(combo("destination").isInvalid()).isTrue();
        assertThat(combo("destination").getErrorMessage()).isEqualTo("Choose the destination country");
        assertThat(_get(TextField.class, spec -> spec.withId("consignee-name")).getErrorMessage())
                .isEqualTo("Name the consignee");
        assertThat(_get(TextArea.class, spec -> spec.withId("end-use")).getErrorMessage())
                .startsWith("Describe the end use");
        assertThat(_get(Span.class, spec -> spec.withId("items-error")).getText())
                .as("the missing items are named with the other fields").isEqualTo("Add at least one item");
        assertThat(applications.myApplications(MyCasesFilter.NONE, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
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
    void anItemThatCannotBeClassifiedWithoutItsDensityIsRefusedAtTheDensityField() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "Accelerator card");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("2000"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), 10);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        BigDecimalField density = _get(BigDecimalField.class, spec -> spec.withId("item-density"));
        assertThat(density.isInvalid()).isTrue();
        assertThat(density.getErrorMessage()).containsIgnoringCase("density");
        assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText()).isEqualTo("No items yet.");

        _setValue(density, new BigDecimal("2.5"));
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText()).isNotEqualTo("No items yet.");
    }

    @Test
    void aHalfFilledDraftIsSavedAndResumedButCannotBeSubmittedWithoutItems() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("consignee-name")), "Gulf Data Centres LLC");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        String reference = _get(com.vaadin.flow.component.html.H2.class, spec -> spec.withPredicate(h -> h.getText().startsWith("Draft TL-")))
                .getText().substring("Draft ".length());
        assertThat(applications.loadDraft(reference).getConsigneeName()).isEqualTo("Gulf Data Centres LLC");

        UI.getCurrent().navigate("applications/draft/" + reference);
        assertThat(_get(TextField.class, spec -> spec.withId("consignee-name")).getValue())
                .isEqualTo("Gulf Data Centres LLC");
        assertThat(_get(TextField.class, spec -> spec.withId("contact-name")).getValue())
                .as("the contact defaults to the signed-in exporter").isEqualTo("Mara Meridian");
        fillParties("AE");
        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        assertThat(_get(Span.class, spec -> spec.withId("items-error")).getText()).isEqualTo("Add at least one item");
        assertThat(applications.find(reference).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submittingWithoutTheDeclarationIsRefusedNextToIt() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        fillParties("AE");
        addH100s(10);
        _click(_get(Button.class, spec -> spec.withId("submit-application")));
        Checkbox declaration = _get(Checkbox.class, spec -> spec.withId("declaration"));
        assertThat(declaration.isInvalid()).isTrue();
        assertThat(declaration.getErrorMessage()).isEqualTo("Confirm the declaration before submitting");
    }

    @Test
    void leavingWithUnsavedChangesAsksFirstAndStayingKeepsThem() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("consignee-name")), "Unsaved Consignee Ltd");
        UI.getCurrent().navigate("applications");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("unsaved-changes"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_find(ApplicationFormView.class)).as("still on the form").hasSize(1);
        Button stay = _get(Button.class, spec -> spec.withId("confirmation-cancel"));
        assertThat(stay.getText()).isEqualTo("Stay on the form");
        assertThat(stay.isAutofocus()).as("the safe choice is the focused one").isTrue();
        _click(stay);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("consignee-name")).getValue())
                .isEqualTo("Unsaved Consignee Ltd");

        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        UI.getCurrent().navigate("applications");
        assertThat(_find(Dialog.class, spec -> spec.withId("unsaved-changes"))).as("saved: no question")
                .allSatisfy(d -> assertThat(d.isOpened()).isFalse());
        assertThat(_find(MyApplicationsView.class)).hasSize(1);
    }

    @Test
    void aDocumentDroppedOnANewApplicationSavesTheDraftAndIsListedWithItsHash() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("consignee-name")), "Gulf Data Centres LLC");
        DocumentUploader uploader = _get(DocumentUploader.class);
        uploader.received(new DocumentUpload("end-user-statement.pdf", "%PDF-1.4 statement".getBytes()));
        @SuppressWarnings("unchecked")
        Grid<DocumentInfo> list = _get(Grid.class, spec -> spec.withId("draft-documents"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        DocumentInfo filed = GridKt._get(list, 0);
        assertThat(filed.fileName()).isEqualTo("end-user-statement.pdf");
        assertThat(filed.sha256()).hasSize(64);
        assertThat(applications.loadDraft(filed.caseReference()).getConsigneeName())
                .isEqualTo("Gulf Data Centres LLC");

        uploader.received(new DocumentUpload("virus.pdf", "MZ not a pdf".getBytes()));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(uploader.getElement().getTextRecursively()).contains("virus.pdf is not a PDF");
    }

    @Test
    void myApplicationsFiltersByStatusAndReference() {
        signInAs("exporter1");
        String draft = applications.saveDraft(null, com.tierline.support.Drafts.h100s("AE"));
        String submitted = com.tierline.support.Cases.in(context).filed("exporter1", "AE");
        UI.getCurrent().navigate("applications");
        @SuppressWarnings("unchecked")
        Grid<com.tierline.application.service.CaseSummary> grid = _get(Grid.class, spec -> spec.withId("my-applications"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ApplicationStatus> status = _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-status"));
        _setValue(status, java.util.Set.of(ApplicationStatus.DRAFT));
        List<String> shown = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i)).map(c -> { assertThat(c.status()).isEqualTo(ApplicationStatus.DRAFT);
                    return c.reference(); }).toList();
        assertThat(shown).contains(draft).doesNotContain(submitted);

        _setValue(status, java.util.Set.of());
        _setValue(_get(TextField.class, spec -> spec.withId("filter-reference")), submitted.substring(8));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).reference()).isEqualTo(submitted);
    }

    @Test
    void aValidApplicationIsSubmittedAndShowsItsPreScreen() {
        signInAs("exporter1");
        UI.getCurrent().navigate("applications/draft");
        fillParties("AE");
        addH100s(2000);
        _setValue(_get(Checkbox.class, spec -> spec.withId("declaration")), true);
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
        assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText())
                .startsWith("All items: 31,664,000 TPP · controlled items (3A090.a), which the pre-screen and the "
                        + "allocation count: 31,664,000 TPP = 2,000 H100-equivalents");
        assertThat(_get(Span.class, spec -> spec.withId("prescreen-outcome")).getText()).isEqualTo("Licence required");
        assertThat(panelText()).contains("does not fit the consignee's 26,900,000 TPP").contains("Tier 2");

        _setValue(combo("destination"), combo("destination").getListDataView().getItems()
                .filter(c -> c.iso2().equals("DE")).findFirst().orElseThrow());
        // RULES.md §2: AIA needs the items to stay in Tier 1, and the consignee and end user are still in the UAE.
        assertThat(_get(Span.class, spec -> spec.withId("prescreen-outcome")).getText()).isEqualTo("Licence required");
        assertThat(panelText()).contains("the items must stay in Tier 1");
        fillParties("DE");
        assertThat(_get(Span.class, spec -> spec.withId("prescreen-outcome")).getText())
                .isEqualTo("Authorised (Tier 1, License Exception AIA)");
        assertThat(panelText()).contains("License Exception AIA, Supp. No. 5 to 15 CFR part 740");
    }

    @Test
    void theTotalLineSaysWhichItemsThePreScreenCounts() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        addH100s(100);
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "Inference card");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("1000"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-density")), new BigDecimal("1"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), 500);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText())
                .as("1,583,200 TPP of H100s is controlled; the 500,000 TPP of inference cards is not")
                .startsWith("All items: 2,083,200 TPP · controlled items (3A090.a), which the pre-screen and the "
                        + "allocation count: 1,583,200 TPP = 100 H100-equivalents");
    }

    @Test
    void aQuantityTooLongToReadIsRefusedWithTheAllowedRange() {
        signInAs("exporter3");
        UI.getCurrent().navigate("applications/draft");
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "NVIDIA H100 SXM5");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("15832"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-density")), new BigDecimal("19.45"));
        IntegerField quantity = _get(IntegerField.class, spec -> spec.withId("item-quantity"));
        // What the browser sends for 99999999999: the text typed, and no value (it does not fit an integer).
        quantity.getElement().setProperty("_inputElementValue", "99999999999");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(quantity, "unparsable-change");
        _click(_get(Button.class, spec -> spec.withId("add-item")));
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("Enter a whole number of units from 1 to 10,000,000");
        assertThat(_get(Span.class, spec -> spec.withId("items-totals")).getText()).isEqualTo("No items yet.");
    }

    private static void addH100s(int quantity) {
        _setValue(_get(TextField.class, spec -> spec.withId("item-description")), "NVIDIA H100 SXM5");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-tpp")), new BigDecimal("15832"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("item-density")), new BigDecimal("19.45"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("item-quantity")), quantity);
        _click(_get(Button.class, spec -> spec.withId("add-item")));
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
