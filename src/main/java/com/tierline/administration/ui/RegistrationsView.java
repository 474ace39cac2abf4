package com.tierline.administration.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.OrganisationRegistrations;
import com.tierline.identity.service.OrganisationRegistrations.PendingRegistration;
import com.tierline.shared.Formats;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Organisations that registered themselves and wait for an administrator: approve, or refuse with a reason. */
@Route("admin/registrations")
@PageTitle("Registrations · Tierline")
@RolesAllowed(Role.ADMIN_)
public class RegistrationsView extends VerticalLayout {

    private final OrganisationRegistrations registrations;
    private final Grid<PendingRegistration> grid = new Grid<>();
    private final Paragraph none = new Paragraph("No registrations are waiting for a decision.");

    public RegistrationsView(OrganisationRegistrations registrations) {
        this.registrations = registrations;
        setSizeFull();
        grid.setId("registrations-grid");
        grid.addColumn(PendingRegistration::organisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(r -> Formats.country(r.country(), getLocale())).setHeader("Country");
        grid.addColumn(PendingRegistration::headquarters).setHeader("Headquarters").setFlexGrow(2);
        grid.addColumn(PendingRegistration::registrationNumber).setHeader("Registration number");
        grid.addColumn(r -> r.applicant() + " (" + r.applicantEmail() + ")").setHeader("Applicant")
                .setFlexGrow(3);
        // Always in view, however long the names: the decision is what the page is for.
        grid.addComponentColumn(this::decisions).setHeader("Decision").setKey("decision").setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        none.setId("no-registrations");
        add(new H1("Registrations"), none, grid);
        refresh();
    }

    private HorizontalLayout decisions(PendingRegistration registration) {
        Button approve = new Button("Approve", e -> {
            try {
                registrations.approve(registration.organisationId());
                Notification.show(registration.organisation() + " is approved; " + registration.applicant()
                        + " has been told by e-mail.", 5000, Notification.Position.TOP_CENTER);
            } catch (AccountRefusedException refused) {
                new FieldRefusals().show(refused);
            }
            refresh();
        });
        approve.setId("approve-" + registration.organisationId());
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        Button refuse = new Button("Refuse…", e -> refuseDialog(registration).open());
        refuse.setId("refuse-" + registration.organisationId());
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, refuse);
    }

    private Dialog refuseDialog(PendingRegistration registration) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Refuse the registration of " + registration.organisation());
        TextArea reason = new TextArea("Reason (the applicant reads it)");
        reason.setId("refusal-reason");
        reason.setWidth("32rem");
        reason.setRequired(true);
        FieldRefusals refusals = new FieldRefusals().field("reason", reason);
        Button confirm = new Button("Refuse registration", e -> {
            try {
                registrations.refuse(registration.organisationId(), reason.getValue());
                dialog.close();
                Notification.show("The registration of " + registration.organisation() + " is refused; "
                        + registration.applicant() + " has been told why.", 5000, Notification.Position.TOP_CENTER);
                refresh();
            } catch (AccountRefusedException refused) {
                refusals.show(refused);
            }
        });
        confirm.setId("refusal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", e -> dialog.close());
        cancel.setAutofocus(true);
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    private void refresh() {
        var pending = registrations.pending();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        none.setVisible(pending.isEmpty());
    }
}
