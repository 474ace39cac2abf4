package com.tierline.identity.ui;

import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.Passwords;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where the mailed password-reset link leads. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Choose a new password · Tierline")
@AnonymousAllowed
public class ResetPasswordView extends PublicPage implements BeforeEnterObserver {

    private final Passwords passwords;

    public ResetPasswordView(Passwords passwords) {
        this.passwords = passwords;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        if (!passwords.resetLinkOpen(token)) {
            closed();
            return;
        }
        PasswordField password = new NewPasswordField("New password", "reset-password");
        FieldRefusals refusals = new FieldRefusals().field("newPassword", password);
        Button save = new Button("Set the new password", e -> {
            try {
                passwords.reset(token, password.getValue());
                removeAll();
                Paragraph done = new Paragraph("Your password has been changed. Sign in with the new one.");
                done.setId("reset-done");
                add(new H1("Password changed"), done, signInLink("Sign in"));
            } catch (AccountRefusedException refused) {
                if (refused.about("newPassword").isEmpty()) {
                    closed();
                } else {
                    refusals.show(refused);
                }
            }
        });
        save.setId("reset-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Choose a new password"), password, save);
    }

    private void closed() {
        removeAll();
        Paragraph closed = new Paragraph("This password-reset link has been used already, has expired (links work "
                + "for 24 hours) or is not known. Ask for a new one with \"Forgot your password?\" on the sign-in "
                + "page.");
        closed.setId("link-closed");
        add(new H1("This link no longer works"), closed, signInLink("Go to sign-in"));
    }
}
