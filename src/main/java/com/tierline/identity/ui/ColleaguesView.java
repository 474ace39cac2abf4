package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.Colleagues;
import com.tierline.identity.service.Colleagues.Colleague;
import com.tierline.identity.service.Colleagues.OpenInvitation;
import com.tierline.shared.Formats;
import com.tierline.shared.ui.Confirmation;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An organisation administrator invites colleagues by e-mail and deactivates them. */
@Route("organisation/colleagues")
@PageTitle("Colleagues · Tierline")
@RolesAllowed(Role.ORG_ADMIN_)
public class ColleaguesView extends VerticalLayout {

    private final Colleagues colleagues;
    private final Grid<Colleague> people = new Grid<>();
    private final Grid<OpenInvitation> invited = new Grid<>();

    public ColleaguesView(Colleagues colleagues) {
        this.colleagues = colleagues;
        TextField name = new TextField("Name");
        name.setId("invite-name");
        EmailField email = new EmailField("E-mail address");
        email.setId("invite-email");
        email.setWidth("22rem");
        Checkbox admin = new Checkbox("Also an administrator of the organisation (may invite and deactivate)");
        admin.setId("invite-admin");
        FieldRefusals refusals = new FieldRefusals().field("name", name).field("email", email);
        Button invite = new Button("Send invitation", e -> {
            try {
                colleagues.invite(name.getValue(), email.getValue(), admin.getValue());
                refusals.clear();
                Notification.show("Invitation sent to " + email.getValue().strip() + ". The link works for 24 hours.",
                        5000, Notification.Position.TOP_CENTER);
                name.clear();
                email.clear();
                admin.clear();
                refresh();
            } catch (AccountRefusedException refused) {
                refusals.show(refused);
            }
        });
        invite.setId("invite-submit");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, email, invite);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        people.setId("colleagues-grid");
        people.addColumn(Colleague::name).setHeader("Name").setAutoWidth(true);
        people.addColumn(Colleague::username).setHeader("User name").setAutoWidth(true);
        people.addColumn(Colleague::email).setHeader("E-mail").setAutoWidth(true);
        people.addColumn(c -> c.organisationAdmin() ? "Exporter and organisation administrator" : "Exporter")
                .setHeader("Role").setAutoWidth(true);
        people.addComponentColumn(this::access).setHeader("Access").setKey("access").setAutoWidth(true);
        people.setAllRowsVisible(true);

        invited.setId("invitations-grid");
        invited.addColumn(OpenInvitation::name).setHeader("Name");
        invited.addColumn(OpenInvitation::email).setHeader("E-mail");
        invited.addColumn(i -> Formats.dateTime(i.expiresAt(), getLocale())).setHeader("Link works until");
        invited.setAllRowsVisible(true);

        add(new H1("Colleagues"), new H2("Invite a colleague"), form, admin, new H2("People of your organisation"),
                people, new H2("Invitations not yet accepted"), invited);
        refresh();
    }

    private com.vaadin.flow.component.Component access(Colleague colleague) {
        if (!colleague.active()) {
            return new Span("Deactivated");
        }
        if (colleague.you()) {
            return new Span("Active (you)");
        }
        Button deactivate = new Button("Deactivate", e -> Confirmation.of("Deactivate " + colleague.name() + "?",
                colleague.name() + " will no longer be able to sign in. Their applications stay with the "
                        + "organisation.", "Deactivate", ButtonVariant.LUMO_ERROR, () -> {
                    try {
                        colleagues.deactivate(colleague.username());
                        Notification.show(colleague.name() + " can no longer sign in.", 5000,
                                Notification.Position.TOP_CENTER);
                        refresh();
                    } catch (AccountRefusedException refused) {
                        new FieldRefusals().show(refused);
                    }
                }).open());
        deactivate.setId("deactivate-" + colleague.username());
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(new Span("Active"), deactivate);
    }

    private void refresh() {
        people.setItems(colleagues.list());
        invited.setItems(colleagues.openInvitations());
    }
}
