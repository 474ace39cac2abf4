package com.tierline.application.ui;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.application.service.PartyDraft;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Form 748P's other parties: the purchaser, and a short list of intermediate consignees (freight forwarders,
 * distributors on the way). A new intermediate consignee is checked with the service's own constraints before it is
 * listed; the service screens them all.
 */
class PartiesEditor extends VerticalLayout {

    private final TextField purchaserName = new TextField("Purchaser (if not the consignee)");
    private final ComboBox<CountryTier> purchaserCountry;
    private final TextField name = new TextField("Intermediate consignee");
    private final ComboBox<CountryTier> country;
    private final TextField role = new TextField("Role (e.g. freight forwarder)");
    private final Grid<PartyDraft> grid = new Grid<>(PartyDraft.class, false);
    private final Span error = new Span();
    private final List<PartyDraft> intermediates = new ArrayList<>();
    private final List<CountryTier> countries;
    private final Validator validator;
    private final Runnable onChange;

    PartiesEditor(List<CountryTier> countries, Validator validator, Runnable onChange) {
        this.countries = countries;
        this.validator = validator;
        this.onChange = onChange;
        setPadding(false);
        purchaserCountry = countryBox("Purchaser's country", "purchaser-country");
        country = countryBox("Its country", "intermediate-country");
        purchaserName.setId("purchaser-name");
        purchaserName.setValueChangeMode(ValueChangeMode.LAZY);
        purchaserName.addValueChangeListener(e -> onChange.run());
        purchaserCountry.addValueChangeListener(e -> onChange.run());
        name.setId("intermediate-name");
        role.setId("intermediate-role");
        Button add = new Button("Add intermediate consignee", VaadinIcon.PLUS.create(), e -> addIntermediate());
        add.setId("add-intermediate");
        grid.addColumn(PartyDraft::name).setHeader("Intermediate consignee").setFlexGrow(2);
        grid.addColumn(p -> countryName(p.country())).setHeader("Country");
        grid.addColumn(p -> p.role() == null ? "" : p.role()).setHeader("Role");
        grid.addComponentColumn(p -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                intermediates.remove(p);
                refresh();
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + p.name());
            return remove;
        }).setFlexGrow(0).setWidth("80px");
        grid.setAllRowsVisible(true);
        grid.setId("intermediates-grid");
        error.addClassName("field-error");
        error.setId("intermediates-error");
        add(new FormLayout(purchaserName, purchaserCountry), new FormLayout(name, country, role), add, grid, error);
        refresh();
    }

    void setParties(ApplicationDraft draft) {
        PartyDraft purchaser = draft.getPurchaser();
        purchaserName.setValue(purchaser == null || purchaser.name() == null ? "" : purchaser.name());
        purchaserCountry.setValue(purchaser == null ? null : find(purchaser.country()));
        intermediates.clear();
        intermediates.addAll(draft.getIntermediateConsignees());
        refresh();
    }

    void applyTo(ApplicationDraft draft) {
        CountryTier c = purchaserCountry.getValue();
        draft.setPurchaser(new PartyDraft(purchaserName.getValue(), c == null ? null : c.iso2(), null));
        draft.setIntermediateConsignees(intermediates);
    }

    /** The service's verdicts on these parties; true when the error was one of theirs. */
    boolean showError(String property, String message) {
        Map<String, HasValidation> purchaserFields = Map.of("purchaser.name", purchaserName, "purchaser.country",
                purchaserCountry);
        if (purchaserFields.containsKey(property)) {
            purchaserFields.get(property).setErrorMessage(message);
            purchaserFields.get(property).setInvalid(true);
            return true;
        }
        if (property.startsWith("intermediateConsignees")) {
            error.setText(error.getText() + (error.getText().isEmpty() ? "" : " ") + where(property) + message + ".");
            return true;
        }
        return false;
    }

    void clearErrors() {
        purchaserName.setInvalid(false);
        purchaserCountry.setInvalid(false);
        error.setText("");
    }

    private void addIntermediate() {
        CountryTier c = country.getValue();
        PartyDraft party = new PartyDraft(name.getValue(), c == null ? null : c.iso2(), role.getValue());
        Map<String, HasValidation> fields = Map.of("name", name, "country", country, "role", role);
        fields.values().forEach(f -> f.setInvalid(false));
        var violations = validator.validate(party);
        for (ConstraintViolation<PartyDraft> v : violations) {
            HasValidation field = fields.get(v.getPropertyPath().toString());
            field.setErrorMessage(v.getMessage());
            field.setInvalid(true);
        }
        if (intermediates.size() >= ApplicationDraft.MAX_INTERMEDIATE_CONSIGNEES) {
            error.setText("An application names at most " + ApplicationDraft.MAX_INTERMEDIATE_CONSIGNEES
                    + " intermediate consignees.");
        } else if (violations.isEmpty()) {
            intermediates.add(party);
            name.clear();
            country.clear();
            role.clear();
            error.setText("");
            refresh();
            onChange.run();
        }
    }

    /** "intermediateConsignees[1].country" → "Intermediate consignee 2 (country): ". */
    private static String where(String property) {
        var m = java.util.regex.Pattern.compile("intermediateConsignees\\[(\\d+)]\\.?(\\w*)").matcher(property);
        if (!m.matches()) {
            return "Intermediate consignees: ";
        }
        String field = switch (m.group(2)) {
            case "name" -> " (name)";
            case "country" -> " (country)";
            case "role" -> " (role)";
            default -> "";
        };
        return "Intermediate consignee " + (Integer.parseInt(m.group(1)) + 1) + field + ": ";
    }

    private void refresh() {
        grid.setItems(intermediates);
        grid.setVisible(!intermediates.isEmpty());
    }

    private ComboBox<CountryTier> countryBox(String label, String id) {
        ComboBox<CountryTier> box = new CountryPicker(label, countries);
        box.setId(id);
        return box;
    }

    private CountryTier find(String iso) {
        return iso == null ? null : countries.stream().filter(c -> c.iso2().equals(iso)).findFirst().orElse(null);
    }

    private String countryName(String iso) {
        CountryTier c = find(iso);
        return c == null ? String.valueOf(iso) : c.name();
    }
}
