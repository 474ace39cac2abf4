package com.tierline.identity.ui;

import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.Passwords;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Everyone changes their own password here (current one first). Two-factor settings have their own page. */
@Route("account/password")
@PageTitle("Change password · Tierline")
@PermitAll
public class ChangePasswordView extends VerticalLayout {

    public ChangePasswordView(Passwords passwords) {
        PasswordField current = new PasswordField("Current password");
        current.setId("current-password");
        PasswordField next = new NewPasswordField("New password", "new-password");
        current.setWidth("28rem");
        FieldRefusals refusals = new FieldRefusals().field("currentPassword", current).field("newPassword", next);
        Button save = new Button("Change password", e -> {
            try {
                passwords.change(current.getValue(), next.getValue());
                refusals.clear();
                current.clear();
                next.clear();
                Notification.show("Your password has been changed.", 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountRefusedException refused) {
                refusals.show(refused);
            }
        });
        save.setId("change-password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Change your password"), current, next, save);
    }
}
