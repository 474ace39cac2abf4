package com.tierline.identity.ui;

import com.tierline.identity.domain.OrganisationStatus;
import com.tierline.identity.service.OrganisationAdministration;
import com.tierline.identity.service.OrganisationAdministration.OrganisationForm;
import com.tierline.identity.service.OrganisationAdministration.OrganisationRow;
import com.tierline.shared.RefusedException;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
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
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The form for one organisation's particulars and its deactivation; it fires events, the service decides. */
class OrganisationEditor extends VerticalLayout {

    /** What the administrator asked for: save the particulars, deactivate with the reason, or reactivate. */
    enum Intent { SAVE, DEACTIVATE, REACTIVATE }

    private final H3 title = new H3();
    private final TextField name = new TextField("Name");
    private final ComboBox<String> country = new ComboBox<>("Country");
    private final TextField headquarters = new TextField("Headquarters");
    private final TextField registrationNumber = new TextField("Registration number");
    private final TextArea reason = new TextArea("Reason for deactivation");
    private final Button deactivate = new Button("Deactivate");
    private final Button reactivate = new Button("Reactivate");
    private final Map<String, HasValidation> fields = Map.of(OrganisationAdministration.NAME, name,
            OrganisationAdministration.COUNTRY, country, OrganisationAdministration.HEADQUARTERS, headquarters,
            OrganisationAdministration.REGISTRATION_NUMBER, registrationNumber, OrganisationAdministration.REASON,
            reason);
    private OrganisationRow editing;
    private java.util.function.Consumer<Boolean> visibility = open -> { };

    OrganisationEditor() {
        setId("organisation-editor");
        setWidth("24em");
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
        FormLayout layout = new FormLayout(name, country, headquarters, registrationNumber, reason);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(title, layout, new HorizontalLayout(save, deactivate, reactivate, cancel));
        setHeightFull();
        // The form scrolls on its own, so the grid beside it keeps the whole window's height.
        getStyle().set("overflow", "auto");
        setVisible(false);
    }

    /** The view hides the grid columns the open form shows anyway, so the grid needs no sideways scrolling. */
    void onVisibility(java.util.function.Consumer<Boolean> listener) {
        this.visibility = listener;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        visibility.accept(visible);
    }

    static String countryName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.UK);
    }

    void edit(OrganisationRow row) {
        editing = row;
        fields.values().forEach(f -> f.setInvalid(false));
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

    /** Each reason at its field; false if one named no field here (the view then shows it as a notification). */
    boolean show(RefusedException refused) {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean allShown = true;
        for (var refusal : refused.refusals()) {
            HasValidation field = refusal.field() == null ? null : fields.get(refusal.field());
            if (field == null) {
                allShown = false;
            } else {
                field.setErrorMessage(refusal.message());
                field.setInvalid(true);
            }
        }
        return allShown;
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
