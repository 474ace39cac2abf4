package com.tierline.application.ui;

import com.tierline.application.service.ApplicationDraft;
import com.tierline.document.ui.DocumentUploader;
import com.tierline.screening.domain.ChipSpec;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.SecurityAttestation;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The application form, in the sections an exporter thinks in. Buffered: edits stay in the fields until the view
 * saves them, so the form knows whether anything is unsaved. It only collects and shows; the service decides.
 */
class ApplicationForm extends VerticalLayout {

    private final DraftFields fields;
    private final ItemsEditor itemsEditor;
    private final PartiesEditor partiesEditor;
    private final RegisteredPartyPicker consigneePicker;
    private final RegisteredPartyPicker endUserPicker;
    private final Div documents = new Div();
    private final DocumentUploader uploader;
    private boolean dirty;

    ApplicationForm(List<CountryTier> countries, List<ChipSpec> chips,
            com.tierline.screening.domain.Thresholds thresholds,
            boolean universalVeu, Validator validator, Locale locale, long maxDocumentBytes,
            java.util.function.Function<com.tierline.application.service.ItemDraft, Map<String, String>> itemChecks) {
        this.fields = new DraftFields(countries);
        this.itemsEditor = new ItemsEditor(chips, thresholds, validator, locale, this::changed, itemChecks);
        this.partiesEditor = new PartiesEditor(countries, validator, this::changed);
        FormLayout applicant = new FormLayout(fields.text("Contact name", "contact-name", "contactName"),
                fields.text("E-mail", "contact-email", "contactEmail"),
                fields.text("Telephone", "contact-phone", "contactPhone"));
        var consigneeName = fields.text("Consignee", "consignee-name", "consigneeName");
        var consigneeCountry = fields.country("Consignee's country", "consignee-country", "consigneeCountry");
        var endUserName = fields.text("End user", "end-user-name", "endUserName");
        var endUserCountry = fields.country("End user's country", "end-user-country", "endUserCountry");
        consigneePicker = new RegisteredPartyPicker("Registered consignee", "consignee-party", "consigneePartyId",
                fields, consigneeName, consigneeCountry, countries);
        endUserPicker = new RegisteredPartyPicker("Registered end user", "end-user-party", "endUserPartyId", fields,
                endUserName, endUserCountry, countries);
        FormLayout parties = new FormLayout(fields.country("Destination country", "destination", "destinationCountry"),
                consigneePicker.box(), consigneeName, consigneeCountry,
                fields.country("Consignee's headquarters (if elsewhere)", "consignee-hq", "consigneeHeadquartersCountry"),
                endUserPicker.box(), endUserName, endUserCountry,
                fields.text("Ultimate end user (if different)", "ultimate-end-user-name", "ultimateEndUserName"),
                fields.country("Ultimate end user's country", "ultimate-end-user-country", "ultimateEndUserCountry"));
        FormLayout dataCentre = new FormLayout(fields.text("Data centre", "data-centre", "dataCentreName"),
                fields.country("Data centre's country", "data-centre-country", "dataCentreCountry"));
        CheckboxGroup<SecurityAttestation> attestations = new CheckboxGroup<>("Security attestations "
                + "(Supp. No. 10 to part 748)");
        attestations.setItems(SecurityAttestation.values());
        attestations.setItemLabelGenerator(SecurityAttestation::label);
        attestations.setId("attestations");
        fields.binder().forField(attestations).bind("attestations");
        FormLayout fleet = new FormLayout(fields.number("Fleet total (TPP)", "fleet-total", "fleetTotalTpp"),
                fields.number("In Tier 1 countries (TPP)", "fleet-tier1", "fleetTier1Tpp"),
                fields.number("In the United States (TPP)", "fleet-us", "fleetUsTpp"),
                fields.number("Already in the destination (TPP)", "fleet-destination", "fleetInDestinationTpp"));
        H3 fleetTitle = new H3("Your fleet (universal validated end user)");
        fleetTitle.setVisible(universalVeu);
        fleet.setVisible(universalVeu);
        TextArea endUse = fields.textArea("End-use statement", "end-use", "endUse");
        endUse.setHelperText("What the chips will be used for, by whom, and where (20–4,000 characters).");
        endUse.setMaxLength(4000);
        endUse.setWidthFull();
        endUse.setValueChangeMode(ValueChangeMode.LAZY);

        uploader = new DocumentUploader("documents-upload", maxDocumentBytes);
        uploader.onUpload(upload -> fireEvent(new DocumentEvent(this, upload)));
        Checkbox declaration = new Checkbox("I declare that the information in this application is true and "
                + "complete to the best of my knowledge. I understand that a false statement is an offence "
                + "(15 CFR 764.2(g)).");
        declaration.setId("declaration");
        fields.binder().forField(declaration).bind("declarationAccepted");
        fields.register("declarationAccepted", declaration);

        Button save = new Button("Save draft", e -> fireEvent(new SaveEvent(this, false)));
        save.setId("save-draft");
        Button submit = new Button("Submit application", e -> fireEvent(new SaveEvent(this, true)));
        submit.setId("submit-application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        documents.setWidthFull();
        setPadding(false);
        add(new H3("1. Applicant and contact"), applicant, new H3("2. Destination and parties"), parties,
                partiesEditor,
                new H3("3. Items"), itemsEditor, new H3("4. Data centre and security"), dataCentre, attestations,
                fleetTitle, fleet, new H3("5. End use"), endUse, new H3("6. Documents"),
                new Html("<p class='hint'>Contracts, end-user statements, data-centre certificates. They are filed "
                        + "with the draft as soon as they arrive.</p>"), uploader, documents,
                new H3("7. Declaration"), declaration, new HorizontalLayout(save, submit));
        fields.binder().addValueChangeListener(e -> changed());
    }

    /** The registered parties the exporter may pick as consignee or end user; call before {@link #setDraft}. */
    void offerRegisteredParties(List<com.tierline.party.service.PartyChoice> parties) {
        consigneePicker.offer(parties);
        endUserPicker.offer(parties);
    }

    void setDraft(ApplicationDraft draft) {
        fields.binder().readBean(draft);
        itemsEditor.setItems(draft.getItems());
        partiesEditor.setParties(draft);
        fireEvent(new ChangeEvent(this));
        dirty = false;
    }

    /**
     * Field-level checks in the browser's round trip before submitting, the item list's included (so an empty
     * form says "Add at least one item" with the rest); the service re-checks everything on save.
     */
    boolean validateFields() {
        boolean fieldsOk = fields.binder().validate().isOk();
        boolean hasItems = !itemsEditor.items().isEmpty();
        itemsEditor.showError(hasItems ? null : ItemsEditor.NO_ITEMS);
        return fieldsOk && hasItems;
    }

    /** What is in the fields now, valid or not: a draft may be saved half-done and the service checks it. */
    ApplicationDraft draft() {
        ApplicationDraft draft = new ApplicationDraft();
        fields.binder().writeBeanAsDraft(draft, true);
        draft.setItems(itemsEditor.items());
        partiesEditor.applyTo(draft);
        return draft;
    }

    boolean hasUnsavedChanges() {
        return dirty;
    }

    void markSaved() {
        dirty = false;
    }

    DocumentUploader uploader() {
        return uploader;
    }

    /** The documents already filed on this draft. */
    void showDocuments(com.vaadin.flow.component.Component list) {
        documents.removeAll();
        documents.add(list);
    }

    void showErrors(Map<String, String> errors) {
        partiesEditor.clearErrors();
        Map<String, String> rest = new java.util.TreeMap<>();
        errors.forEach((property, message) -> {
            if (!partiesEditor.showError(property, message)) {
                rest.put(property, message);
            }
        });
        fields.showErrors(rest, itemsEditor::showError);
    }

    private void changed() {
        dirty = true;
        fireEvent(new ChangeEvent(this));
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

    /** A document arrived and should be filed on the draft. */
    static class DocumentEvent extends ComponentEvent<ApplicationForm> {
        private final com.tierline.document.service.DocumentUpload upload;

        DocumentEvent(ApplicationForm source, com.tierline.document.service.DocumentUpload upload) {
            super(source, false);
            this.upload = upload;
        }

        com.tierline.document.service.DocumentUpload upload() {
            return upload;
        }
    }

    void addSaveListener(ComponentEventListener<SaveEvent> listener) {
        addListener(SaveEvent.class, listener);
    }

    void addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        addListener(ChangeEvent.class, listener);
    }

    void addDocumentListener(ComponentEventListener<DocumentEvent> listener) {
        addListener(DocumentEvent.class, listener);
    }
}
