package com.tierline.application.ui;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.identity.domain.Role;
import com.tierline.screening.service.RuleSetCatalog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.tierline.screening.domain.InvalidScreeningRequestException;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;

@Route("applications/draft/:reference?")
@PageTitle("Application · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class ApplicationFormView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final ApplicationForm form;
    private final PreScreenPanel preScreen;
    private final H2 title = new H2("New application");
    private String reference;

    public ApplicationFormView(ApplicationService applications, RuleSetCatalog ruleSets, Validator validator) {
        this.applications = applications;
        this.form = new ApplicationForm(ruleSets.destinations(), ruleSets.chips(),
                "UNIVERSAL".equals(applications.myVeuStatus()), validator, getLocale());
        this.preScreen = new PreScreenPanel(getLocale());
        form.addSaveListener(e -> save(e.submit()));
        form.addChangeListener(e -> refreshPreScreen());
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
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElse(null);
        if (reference != null) {
            try {
                form.setDraft(applications.loadDraft(reference));
                title.setText("Draft " + reference);
            } catch (CaseNotFoundException e) {
                event.rerouteToError(NotFoundException.class);
            }
        }
    }

    private void save(boolean submit) {
        if (!form.validateFields()) {
            Notification.show("Please correct the highlighted fields.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            reference = applications.saveDraft(reference, form.draft());
            form.showErrors(java.util.Map.of());
            if (submit) {
                applications.submit(reference);
                Notification.show(reference + " submitted and pre-screened.", 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, new RouteParameters("reference", reference)));
            } else {
                title.setText("Draft " + reference);
                Notification.show("Draft " + reference + " saved.", 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        } catch (InvalidApplicationException e) {
            form.showErrors(e.fieldErrors());
            Notification.show("Please correct the highlighted fields.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
