package com.tierline.application.ui;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.SecurityAttestation;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The application form. It only collects and shows; it fires events and the view asks the service to decide. */
class ApplicationForm extends VerticalLayout {

    private final Binder<ApplicationDraft> binder = new BeanValidationBinder<>(ApplicationDraft.class);
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final List<CountryTier> countries;
    private final ItemsEditor itemsEditor;

    ApplicationForm(List<CountryTier> countries, List<ChipSpec> chips, boolean universalVeu, Validator validator,
            Locale locale) {
        this.countries = countries;
        this.itemsEditor = new ItemsEditor(chips, validator, locale, this::changed);
        FormLayout parties = new FormLayout(country("Destination country", "destination", "destinationCountry"),
                text("Consignee", "consignee-name", "consigneeName"),
                country("Consignee's country", "consignee-country", "consigneeCountry"),
                country("Consignee's headquarters (if elsewhere)", "consignee-hq", "consigneeHeadquartersCountry"),
                text("End user", "end-user-name", "endUserName"),
                country("End user's country", "end-user-country", "endUserCountry"),
                text("Ultimate end user (if different)", "ultimate-end-user-name", "ultimateEndUserName"),
                country("Ultimate end user's country", "ultimate-end-user-country", "ultimateEndUserCountry"));
        TextField dataCentre = text("Data centre", "data-centre", "dataCentreName");
        CheckboxGroup<SecurityAttestation> attestations = new CheckboxGroup<>("Security attestations "
                + "(Supp. No. 10 to part 748)");
        attestations.setItems(SecurityAttestation.values());
        attestations.setItemLabelGenerator(SecurityAttestation::label);
        attestations.setId("attestations");
        binder.forField(attestations).bind("attestations");
        FormLayout fleet = new FormLayout(number("Fleet total (TPP)", "fleet-total", "fleetTotalTpp"),
                number("In Tier 1 countries (TPP)", "fleet-tier1", "fleetTier1Tpp"),
                number("In the United States (TPP)", "fleet-us", "fleetUsTpp"),
                number("Already in the destination (TPP)", "fleet-destination", "fleetInDestinationTpp"));
        fleet.setVisible(universalVeu);
        TextArea endUse = new TextArea("End-use statement");
        endUse.setId("end-use");
        endUse.setHelperText("What the chips will be used for, by whom, and where (20–4,000 characters).");
        endUse.setMaxLength(4000);
        endUse.setWidthFull();
        endUse.setValueChangeMode(ValueChangeMode.LAZY);
        binder.forField(endUse).bind("endUse");
        fields.put("endUse", endUse);

        Button save = new Button("Save draft", e -> fireEvent(new SaveEvent(this, false)));
        save.setId("save-draft");
        Button submit = new Button("Submit application", e -> fireEvent(new SaveEvent(this, true)));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setPadding(false);
        H3 fleetTitle = new H3("Your fleet (universal validated end user)");
        fleetTitle.setVisible(universalVeu);
        add(new H3("Destination and parties"), parties, new H3("Items"), itemsEditor,
                new H3("Data centre"), dataCentre, attestations, fleetTitle, fleet, new H3("End use"), endUse,
                new HorizontalLayout(save, submit));
        binder.setBean(new ApplicationDraft());
        binder.addValueChangeListener(e -> changed());
    }

    void setDraft(ApplicationDraft draft) {
        binder.setBean(draft);
        itemsEditor.setItems(draft.getItems());
        changed();
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
        fields.values().forEach(f -> f.setInvalid(false));
        itemsEditor.showError(null);
        errors.forEach((property, message) -> {
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                itemsEditor.showError(message);
            }
        });
    }

    private void changed() {
        fireEvent(new ChangeEvent(this));
    }

    private TextField text(String label, String id, String property) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        binder.forField(field).bind(property);
        fields.put(property, field);
        return field;
    }

    private BigDecimalField number(String label, String id, String property) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        binder.forField(field).bind(property);
        fields.put(property, field);
        return field;
    }

    private ComboBox<CountryTier> country(String label, String id, String property) {
        ComboBox<CountryTier> box = new ComboBox<>(label);
        box.setItems(countries);
        box.setItemLabelGenerator(c -> c.name() + " (" + c.iso2() + ")");
        box.setId(id);
        box.setClearButtonVisible(true);
        binder.forField(box).withConverter(c -> c == null ? null : c.iso2(),
                iso -> countries.stream().filter(c -> c.iso2().equals(iso)).findFirst().orElse(null))
                .bind(property);
        fields.put(property, box);
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

    /** Something the pre-screen depends on changed. */
    static class ChangeEvent extends ComponentEvent<ApplicationForm> {
        ChangeEvent(ApplicationForm source) {
            super(source, false);
        }
    }

    void addSaveListener(ComponentEventListener<SaveEvent> listener) {
        addListener(SaveEvent.class, listener);
    }

    void addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        addListener(ChangeEvent.class, listener);
    }
}
