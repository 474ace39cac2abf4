package com.tierline.identity.ui;

import com.tierline.identity.SignInSession;
import com.tierline.identity.service.SignInThrottledException;
import com.tierline.identity.service.TwoFactorSignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.AuthenticationException;

/** The second step of signing in: the code from the authenticator app, or one of the recovery codes. */
@Route(value = "sign-in/code", autoLayout = false)
@PageTitle("Enter your code · Tierline")
@PermitAll
public class TwoFactorCodeView extends Main {

    private final TwoFactorSignIn twoFactor;
    private final TextField code = new TextField("Code");
    private final String refusedMessage;

    public TwoFactorCodeView(TwoFactorSignIn twoFactor, AuthenticationContext authentication,
            @Value("${tierline.security.max-failed-sign-ins}") int maxFailures,
            @Value("${tierline.security.lock-minutes}") int lockMinutes) {
        this.twoFactor = twoFactor;
        // As the sign-in form says for a password (ADR 0002): one sentence for wrong, used before and locked.
        this.refusedMessage = "The code is not correct or was used already, or the account is locked after "
                + maxFailures + " failed sign-ins in a row (for " + lockMinutes + " minutes, or until an "
                + "administrator unlocks it). Check the code and try again.";
        addClassName("login-view");
        code.setId("two-factor-code");
        code.setHelperText("The 6-digit code your authenticator app shows for Tierline now, or one of your "
                + "recovery codes (each works once).");
        code.setAutofocus(true);
        code.setWidth("22em");
        code.setMaxLength(64);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button signIn = new Button("Sign in", e -> submit());
        signIn.setId("two-factor-submit");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("two-factor-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H1 brand = new H1("Tierline");
        brand.addClassName("brand");
        add(brand, new H2("Enter your code"),
                new Paragraph("Your password was right. This account also signs in with an authenticator app."),
                code, new HorizontalLayout(signIn, signOut));
    }

    private void submit() {
        try {
            SignInSession.establish(twoFactor.completeWithCode(code.getValue()));
            getUI().ifPresent(ui -> ui.getPage().setLocation(SignInSession.home()));
        } catch (SignInThrottledException throttled) {
            long minutes = Math.max(1, (throttled.retryAfterSeconds() + 59) / 60);
            refuse("There have been too many failed sign-ins for this account or from this network. Wait "
                    + (minutes == 1 ? "a minute" : minutes + " minutes") + " and try again.");
        } catch (AuthenticationException refused) {
            refuse(refusedMessage);
        }
    }

    private void refuse(String message) {
        code.clear();
        code.setInvalid(true);
        code.setErrorMessage(message);
    }
}
