package com.tierline.identity.ui;

import com.tierline.identity.service.Passwords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Forgot your password?": the same answer whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot your password · Tierline")
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage {

    public ForgotPasswordView(Passwords passwords) {
        EmailField email = new EmailField("Your e-mail address");
        email.setId("forgot-email");
        email.setWidth("24rem");
        Button send = new Button("Send me a link", e -> {
            if (email.isEmpty() || email.isInvalid()) {
                email.setErrorMessage("Enter the e-mail address of your account (like name@example.com).");
                email.setInvalid(true);
                return;
            }
            boolean accepted = passwords.requestReset(email.getValue(), VaadinRequest.getCurrent().getRemoteAddr());
            removeAll();
            Paragraph answer = new Paragraph(accepted
                    ? "If an account has the address " + email.getValue().strip() + ", we have sent a link to it. "
                            + "The link works once, for 24 hours. If no mail arrives, check the address and your "
                            + "spam folder, or ask your organisation's administrator."
                    : "There have been too many requests from your network in the last hour. Try again later.");
            answer.setId("forgot-answer");
            add(new H1("Check your mail"), answer, signInLink("Back to sign-in"));
        });
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Forgot your password?"), new Paragraph("Enter the e-mail address of your account and we will "
                + "send you a link to choose a new password."), email, send, signInLink("Back to sign-in"));
    }
}
