package com.tierline.application.ui;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The application form's bound fields, kept by property name so that the service's verdicts land on them. */
class DraftFields {

    private final Binder<ApplicationDraft> binder = new BeanValidationBinder<>(ApplicationDraft.class);
    private final Map<String, HasValidation> byProperty = new HashMap<>();
    private final List<CountryTier> countries;

    DraftFields(List<CountryTier> countries) {
        this.countries = countries;
    }

    Binder<ApplicationDraft> binder() {
        return binder;
    }

    void register(String property, HasValidation field) {
        byProperty.put(property, field);
    }

    TextField text(String label, String id, String property) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        binder.forField(field).bind(property);
        register(property, field);
        return field;
    }

    TextArea textArea(String label, String id, String property) {
        TextArea field = new TextArea(label);
        field.setId(id);
        binder.forField(field).bind(property);
        register(property, field);
        return field;
    }

    BigDecimalField number(String label, String id, String property) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        binder.forField(field).bind(property);
        register(property, field);
        return field;
    }

    ComboBox<CountryTier> country(String label, String id, String property) {
        ComboBox<CountryTier> box = new CountryPicker(label, countries);
        box.setId(id);
        binder.forField(box).withConverter(c -> c == null ? null : c.iso2(),
                iso -> countries.stream().filter(c -> c.iso2().equals(iso)).findFirst().orElse(null))
                .bind(property);
        register(property, box);
        return box;
    }

    /** Shows the service's verdict next to each field; an error without a field goes to {@code elsewhere}. */
    void showErrors(Map<String, String> errors, Consumer<String> elsewhere) {
        byProperty.values().forEach(f -> f.setInvalid(false));
        elsewhere.accept(null);
        errors.forEach((property, message) -> {
            HasValidation field = byProperty.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                elsewhere.accept(message);
            }
        });
    }
}
