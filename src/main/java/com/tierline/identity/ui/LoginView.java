package com.tierline.identity.ui;

import com.tierline.identity.service.SignInThrottledException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Tierline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    private final LoginI18n i18n = LoginI18n.createDefault();
    private final String refusedMessage;

    public LoginView(@Value("${tierline.security.max-failed-sign-ins}") int maxFailures,
            @Value("${tierline.security.lock-minutes}") int lockMinutes) {
        // One message for a wrong password, an unknown user and a locked account, so that nobody can learn from
        // the form which accounts exist or are locked; it still tells a real user what may have happened.
        this.refusedMessage = "The username or password is not correct, or the account is locked after "
                + maxFailures + " failed sign-ins in a row (for " + lockMinutes + " minutes, or until an "
                + "administrator unlocks it). Check them and try again.";
        addClassName("login-view");
        i18n.getForm().setTitle("Sign in to Tierline");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        i18n.getErrorMessage().setMessage(refusedMessage);
        login.setI18n(i18n);
        login.setAction("login");
        // Public pages of issue 15: a new exporter registers; anybody may ask for a password-reset link.
        login.setForgotPasswordButtonVisible(true);
        i18n.getForm().setForgotPassword("Forgot your password?");
        login.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setId("login-form");

        H1 brand = new H1("Tierline");
        brand.addClassName("brand");
        Paragraph strap = new Paragraph("Export licences for advanced AI chips under the three-tier rule");
        strap.addClassName("strap");
        com.vaadin.flow.component.html.Anchor register = new com.vaadin.flow.component.html.Anchor("register",
                "Register your organisation");
        register.setId("register-link");
        add(brand, strap, login, new Paragraph(new com.vaadin.flow.component.html.Span("New exporter? "),
                register));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // Spring Security leaves the reason in the session; only throttling gets its own sentence.
        Object reason = failed && VaadinSession.getCurrent() != null
                ? VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
        if (reason instanceof SignInThrottledException throttled) {
            long minutes = Math.max(1, (throttled.retryAfterSeconds() + 59) / 60);
            i18n.getErrorMessage().setTitle("Too many attempts");
            i18n.getErrorMessage().setMessage("There have been too many failed sign-ins for this account or from "
                    + "this network. Wait " + (minutes == 1 ? "a minute" : minutes + " minutes") + " and try again.");
        } else {
            i18n.getErrorMessage().setTitle("Sign-in failed");
            i18n.getErrorMessage().setMessage(refusedMessage);
        }
        login.setI18n(i18n);
        login.setError(failed);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        com.tierline.shared.ReaderTimeZone.learn(attachEvent.getUI());
    }
}
