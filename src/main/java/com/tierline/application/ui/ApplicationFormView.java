package com.tierline.application.ui;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseActionRefusedException;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.document.ui.DocumentList;
import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.FieldError;
import com.tierline.screening.domain.InvalidScreeningRequestException;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.ui.Confirmation;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;

@Route("applications/draft/:reference?")
@PageTitle("Application · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class ApplicationFormView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final ApplicationService applications;
    private final DocumentStore documents;
    private final ApplicationForm form;
    private final PreScreenPanel preScreen;
    private final H2 title = new H2("New application");
    private String reference;

    public ApplicationFormView(ApplicationService applications, DocumentStore documents, RuleSetCatalog ruleSets,
            Validator validator, com.tierline.party.service.PartyResolver parties) {
        this.applications = applications;
        this.documents = documents;
        this.form = new ApplicationForm(ruleSets.destinations(), ruleSets.chips(),
                ruleSets.current().thresholds(), "UNIVERSAL".equals(applications.myVeuStatus()), validator, getLocale(), documents.maxBytes(),
                applications::itemProblems);
        form.offerRegisteredParties(parties.choices());
        this.preScreen = new PreScreenPanel(getLocale());
        form.addSaveListener(e -> save(e.submit()));
        form.addChangeListener(e -> refreshPreScreen());
        form.addDocumentListener(e -> attach(e.upload()));
        HorizontalLayout body = new HorizontalLayout(form, preScreen);
        body.setWidthFull();
        body.setFlexGrow(1, form);
        form.setMinWidth("0");
        preScreen.setWidth("340px");
        preScreen.getStyle().set("flex-shrink", "0");
        setMaxWidth("1400px");
        add(title, body);
    }

    /** What the exporter sees here is what the process will decide: the service builds the same request. */
    private void refreshPreScreen() {
        try {
            preScreen.show(applications.preview(form.draft()));
        } catch (InvalidScreeningRequestException incomplete) {
            preScreen.showIncomplete(incomplete.errors());
        } catch (InvalidApplicationException invalid) {
            preScreen.showIncomplete(invalid.fieldErrors().values().stream().sorted()
                    .map(message -> FieldError.invalid("", message)).toList());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse(null);
        try {
            form.setDraft(reference == null ? applications.newDraft() : applications.loadDraft(reference));
            if (reference != null) {
                title.setText("Draft " + reference);
                showDocuments();
            }
        } catch (CaseNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Leaving with unsaved edits asks first; nothing is thrown away silently. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!form.hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirmation.of("Leave without saving?", "Your changes to this application have not been saved. Leaving "
                + "now throws them away.", "Leave without saving", ButtonVariant.LUMO_ERROR, action::proceed)
                .safeChoice("Stay on the form")
                .alternative("Save draft and leave", "save-and-leave", () -> {
                    if (save(false)) {
                        action.proceed();
                    }
                }).open().setId("unsaved-changes");
    }

    /** A document is filed on the draft at once; a new application is saved as a draft first to have a home. */
    private void attach(DocumentUpload upload) {
        try {
            documents.check(upload);
            if (reference == null && !save(false)) {
                return;
            }
            applications.attachDocuments(reference, List.of(upload));
            form.uploader().showError(null);
            showDocuments();
        } catch (DocumentRefusedException | CaseActionRefusedException refused) {
            form.uploader().refuse(refused.getMessage());
        }
    }

    private void showDocuments() {
        form.showDocuments(new DocumentList("draft-documents", documents.forCase(reference), documents, getLocale()));
    }

    private boolean save(boolean submit) {
        if (submit && !form.validateFields()) {
            error("Please correct the highlighted fields.");
            return false;
        }
        try {
            reference = submit ? applications.submit(reference, form.draft()).reference()
                    : applications.saveDraft(reference, form.draft());
            form.markSaved();
            form.showErrors(Map.of());
            if (submit) {
                Notification.show(reference + " submitted and pre-screened.", 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, new RouteParameters("reference", reference)));
            } else {
                title.setText("Draft " + reference);
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                        "applications/draft/" + reference));
                Notification.show("Draft " + reference + " saved.", 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (InvalidApplicationException e) {
            form.showErrors(e.fieldErrors());
            error(submit ? "Please correct the highlighted fields before submitting."
                    : "The draft was not saved: please correct the highlighted fields.");
            return false;
        }
    }

    private static void error(String message) {
        Notification.show(message, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
