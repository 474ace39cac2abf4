package com.tierline.identity.ui;

import com.tierline.identity.domain.OrganisationStatus;
import com.tierline.identity.service.OrganisationAdministration;
import com.tierline.identity.service.OrganisationAdministration.OrganisationForm;
import com.tierline.identity.service.OrganisationAdministration.OrganisationRow;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** The form for one organisation's particulars and its deactivation; it fires events, the service decides. */
class OrganisationEditor extends SideEditor {

    /** What the administrator asked for: save the particulars, deactivate with the reason, or reactivate. */
    enum Intent { SAVE, DEACTIVATE, REACTIVATE }

    private final TextField name = new TextField("Name");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final TextField headquarters = new TextField("Headquarters");
    private final TextField registrationNumber = new TextField("Registration number");
    private final TextArea reason = new TextArea("Reason for deactivation");
    private final Button deactivate = new Button("Deactivate");
    private final Button reactivate = new Button("Reactivate");
    private OrganisationRow editing;

    OrganisationEditor() {
        super("organisation-editor", "24em");
        field(OrganisationAdministration.NAME, name);
        field(OrganisationAdministration.COUNTRY, country);
        field(OrganisationAdministration.HEADQUARTERS, headquarters);
        field(OrganisationAdministration.REGISTRATION_NUMBER, registrationNumber);
        field(OrganisationAdministration.REASON, reason);
        name.setId("organisation-name");
        country.setId("organisation-country");
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(
                OrganisationEditor::countryName)).toList());
        country.setItemLabelGenerator(OrganisationEditor::countryName);
        headquarters.setId("organisation-headquarters");
        headquarters.setHelperText("The city and address of its head office.");
        registrationNumber.setId("organisation-registration");
        reason.setId("organisation-reason");
        reason.setHelperText("The organisation's users read it when they can no longer sign in.");
        Button save = new Button("Save", e -> fire(Intent.SAVE));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deactivate.setId("organisation-deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> fire(Intent.DEACTIVATE));
        reactivate.setId("organisation-reactivate");
        reactivate.addClickListener(e -> fire(Intent.REACTIVATE));
        Button cancel = new Button("Cancel", e -> setVisible(false));
        lay(new FormLayout(name, country, headquarters, registrationNumber, reason), save, deactivate, reactivate,
                cancel);
    }

    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.UK);
    }

    void edit(OrganisationRow row) {
        editing = row;
        clearRefusals();
        title.setText("Edit " + row.name());
        name.setValue(row.name());
        country.setValue(row.country());
        headquarters.setValue(row.headquarters() == null ? "" : row.headquarters());
        registrationNumber.setValue(row.registrationNumber() == null ? "" : row.registrationNumber());
        reason.setValue("");
        boolean approved = row.status() == OrganisationStatus.APPROVED;
        reason.setVisible(approved);
        deactivate.setVisible(approved);
        reactivate.setVisible(row.status() == OrganisationStatus.DEACTIVATED);
        setVisible(true);
    }

    private void fire(Intent intent) {
        fireEvent(new ChangeEvent(this, editing, intent, new OrganisationForm(name.getValue(), country.getValue(),
                headquarters.getValue(), registrationNumber.getValue()), reason.getValue()));
    }

    static class ChangeEvent extends ComponentEvent<OrganisationEditor> {
        final OrganisationRow row;
        final Intent intent;
        final OrganisationForm form;
        final String reason;

        ChangeEvent(OrganisationEditor source, OrganisationRow row, Intent intent, OrganisationForm form,
                String reason) {
            super(source, false);
            this.row = row;
            this.intent = intent;
            this.form = form;
            this.reason = reason;
        }
    }

    Registration onChange(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }
}
