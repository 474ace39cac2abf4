package com.tierline.application.ui;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The application form. It only collects and shows; it fires events and the view asks the service to decide. */
class ApplicationForm extends VerticalLayout {

    private final ComboBox<CountryTier> destination = countryBox("Destination country", "destination");
    private final TextField consigneeName = new TextField("Consignee");
    private final ComboBox<CountryTier> consigneeCountry = countryBox("Consignee's country", "consignee-country");
    private final TextField endUserName = new TextField("End user");
    private final ComboBox<CountryTier> endUserCountry = countryBox("End user's country", "end-user-country");
    private final TextArea endUse = new TextArea("End-use statement");
    private final ItemsEditor itemsEditor;
    private final Binder<ApplicationDraft> binder = new BeanValidationBinder<>(ApplicationDraft.class);
    private final Map<String, HasValidation> fieldsByProperty;
    private final List<CountryTier> countries;

    ApplicationForm(List<CountryTier> countries, Validator validator, Locale locale) {
        this.countries = countries;
        this.itemsEditor = new ItemsEditor(validator, locale);
        for (ComboBox<CountryTier> box : List.of(destination, consigneeCountry, endUserCountry)) {
            box.setItems(countries);
        }
        consigneeName.setId("consignee-name");
        endUserName.setId("end-user-name");
        endUse.setId("end-use");
        endUse.setHelperText("What the chips will be used for, by whom, and where (20–4,000 characters).");
        endUse.setMaxLength(4000);
        bindCountry(destination, "destinationCountry");
        binder.forField(consigneeName).bind("consigneeName");
        bindCountry(consigneeCountry, "consigneeCountry");
        binder.forField(endUserName).bind("endUserName");
        bindCountry(endUserCountry, "endUserCountry");
        binder.forField(endUse).bind("endUse");
        fieldsByProperty = Map.of("destinationCountry", destination, "consigneeName", consigneeName,
                "consigneeCountry", consigneeCountry, "endUserName", endUserName, "endUserCountry", endUserCountry,
                "endUse", endUse);

        FormLayout parties = new FormLayout(destination, consigneeName, consigneeCountry, endUserName, endUserCountry);
        parties.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Button save = new Button("Save draft", e -> fireEvent(new SaveEvent(this, false)));
        save.setId("save-draft");
        Button submit = new Button("Submit application", e -> fireEvent(new SaveEvent(this, true)));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setPadding(false);
        add(new H3("Destination and parties"), parties, new H3("Items"), itemsEditor, new H3("End use"), endUse,
                new HorizontalLayout(save, submit));
        endUse.setWidthFull();
        binder.setBean(new ApplicationDraft());
    }

    void setDraft(ApplicationDraft draft) {
        binder.setBean(draft);
        itemsEditor.setItems(draft.getItems());
    }

    /** Field-level checks in the browser's round trip; the service re-checks everything on save. */
    boolean validateFields() {
        return binder.validate().isOk();
    }

    ApplicationDraft draft() {
        ApplicationDraft draft = binder.getBean();
        draft.setItems(itemsEditor.items());
        return draft;
    }

    /** Shows the service's verdict next to each field; an error without a field goes under the items. */
    void showErrors(Map<String, String> errors) {
        fieldsByProperty.values().forEach(f -> f.setInvalid(false));
        itemsEditor.showError(null);
        errors.forEach((property, message) -> {
            HasValidation field = fieldsByProperty.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                itemsEditor.showError(message);
            }
        });
    }

    private void bindCountry(ComboBox<CountryTier> box, String property) {
        binder.forField(box).withConverter(c -> c == null ? null : c.iso2(),
                iso -> countries.stream().filter(c -> c.iso2().equals(iso)).findFirst().orElse(null))
                .bind(property);
    }

    private static ComboBox<CountryTier> countryBox(String label, String id) {
        ComboBox<CountryTier> box = new ComboBox<>(label);
        box.setItemLabelGenerator(c -> c.name() + " (" + c.iso2() + ")");
        box.setId(id);
        box.setClearButtonVisible(true);
        return box;
    }

    static class SaveEvent extends ComponentEvent<ApplicationForm> {
        private final boolean submit;

        SaveEvent(ApplicationForm source, boolean submit) {
            super(source, false);
            this.submit = submit;
        }

        boolean submit() {
            return submit;
        }
    }

    void addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        addListener(SaveEvent.class, listener);
    }
}
