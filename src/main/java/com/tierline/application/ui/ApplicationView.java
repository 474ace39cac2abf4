package com.tierline.application.ui;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.identity.domain.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** The exporter's case page: what was filed, the pre-screen, and the decision with its reason. */
@Route("applications/:reference")
@PageTitle("Application · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;

    public ApplicationView(ApplicationService applications) {
        this.applications = applications;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        applications.find(reference).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(CaseDetails c) {
        removeAll();
        H2 title = new H2(c.reference());
        title.setId("case-reference");
        StatusBadge status = new StatusBadge(c.status());
        status.setId("case-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        add(header);
        if (c.status() == ApplicationStatus.DRAFT) {
            Button edit = new Button("Edit draft", e -> getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.class,
                    new RouteParameters("reference", c.reference()))));
            edit.setId("edit-draft");
            Button submit = new Button("Submit application", e -> submit(c.reference()));
            submit.setId("submit-draft");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(edit, submit));
        }
        add(new CaseSummaryPanel(c, getLocale()));
    }

    private void submit(String reference) {
        try {
            applications.submit(reference);
            applications.find(reference).ifPresent(this::show);
        } catch (InvalidApplicationException e) {
            Notification.show("This draft is not complete: " + String.join("; ", e.fieldErrors().values())
                    + ". Edit it first.", 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
