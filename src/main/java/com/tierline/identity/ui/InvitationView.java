package com.tierline.identity.ui;

import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.Colleagues;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where an invited colleague, from the mailed link, chooses a user name and password. */
@Route(value = "invitation", autoLayout = false)
@PageTitle("Join your organisation · Tierline")
@AnonymousAllowed
public class InvitationView extends PublicPage implements BeforeEnterObserver {

    private final Colleagues colleagues;

    public InvitationView(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        colleagues.invitation(token).ifPresentOrElse(invitation -> {
            TextField username = new TextField("User name");
            username.setId("invitation-username");
            username.setWidth("28rem");
            PasswordField password = new NewPasswordField("Password", "invitation-password");
            FieldRefusals refusals = new FieldRefusals().field("username", username).field("password", password);
            Button join = new Button("Create my account", e -> {
                try {
                    colleagues.accept(token, username.getValue(), password.getValue());
                    removeAll();
                    Paragraph done = new Paragraph("Your account " + username.getValue().strip() + " is ready. "
                            + "Sign in with it to file applications for " + invitation.organisation() + ".");
                    done.setId("invitation-done");
                    add(new H1("Welcome"), done, signInLink("Sign in"));
                } catch (AccountRefusedException refused) {
                    refusals.show(refused);
                }
            });
            join.setId("invitation-submit");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H1("Join " + invitation.organisation()), new Paragraph("Welcome, " + invitation.name()
                    + ". Choose the user name and password you will sign in with (" + invitation.email() + ")."),
                    username, password, join);
        }, () -> {
            Paragraph closed = new Paragraph("This invitation link has been used already, has expired (links work "
                    + "for 24 hours) or is not known. Ask your organisation's administrator for a new invitation.");
            closed.setId("link-closed");
            add(new H1("This link no longer works"), closed, signInLink("Go to sign-in"));
        });
    }
}
