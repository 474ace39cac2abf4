package com.tierline.identity.ui;

import com.tierline.identity.SignInSession;
import com.tierline.identity.service.SignInThrottledException;
import com.tierline.identity.service.TwoFactorSignIn;
import com.tierline.identity.service.TwoFactorSignIn.NewSecret;
import com.tierline.identity.service.TwoFactorStatus;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.security.core.AuthenticationException;

/**
 * Setting up the authenticator: a new secret as a QR code and as text, confirmed by its first code; then the ten
 * recovery codes, shown this once. Staff who have not enrolled land here straight after the password; anyone
 * signed in may set up again, and exporters may turn it off.
 */
@Route(value = "account/two-factor", autoLayout = false)
@PageTitle("Two-factor sign-in · Tierline")
@PermitAll
public class TwoFactorEnrolmentView extends Main {

    private final TwoFactorSignIn twoFactor;
    private final AuthenticationContext authentication;
    private final Div content = new Div();

    public TwoFactorEnrolmentView(TwoFactorSignIn twoFactor, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        addClassName("login-view");
        H1 brand = new H1("Tierline");
        brand.addClassName("brand");
        content.setMaxWidth("56em");
        add(brand, new H2("Two-factor sign-in"), content);
        showStatus();
    }

    private boolean signingIn() {
        return twoFactor.pending().isPresent();
    }

    private void showStatus() {
        content.removeAll();
        TwoFactorStatus status = twoFactor.statusOf(authentication.getPrincipalName().orElseThrow());
        if (signingIn() || !status.enrolled()) {
            content.add(paragraph("two-factor-status", signingIn()
                    ? "Your role requires two-factor sign-in. Set up an authenticator app to continue."
                    : status.required() ? "Your role requires two-factor sign-in; this account is waived (demo)."
                    : "Two-factor sign-in is off. Turn it on to ask for a code from your phone after the password."));
            showSetup();
            return;
        }
        content.add(paragraph("two-factor-status", "Two-factor sign-in is on since "
                + Formats.dateTime(status.enrolledAt(), getLocale()) + ". Recovery codes left: " + twoFactor.recoveryCodesLeft()
                + " of 10."));
        Button again = new Button("Set up a new authenticator", e -> {
            content.removeAll();
            showSetup();
        });
        again.setId("two-factor-re-enrol");
        content.add(new HorizontalLayout(again, homeButton("Back to Tierline")));
        if (status.mayBeTurnedOff()) {
            content.add(turnOff());
        }
    }

    private void showSetup() {
        NewSecret secret = twoFactor.startEnrolment();
        Image qr = new Image(new StreamResource("two-factor-qr.png",
                () -> new ByteArrayInputStream(secret.qrPng())), "QR code to scan with an authenticator app");
        qr.setId("two-factor-qr");
        Span key = new Span(grouped(secret.secret()));
        key.setId("two-factor-secret");
        key.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        TextField code = new TextField("Code from the app");
        code.setId("enrol-code");
        code.setMaxLength(16);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button("Turn on", e -> confirm(secret, code));
        confirm.setId("enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        OrderedList steps = new OrderedList(
                new ListItem("Scan this code with an authenticator app (such as Google Authenticator, Microsoft "
                        + "Authenticator or FreeOTP)."),
                new ListItem(new Span("Or type this key into the app instead: "), key),
                new ListItem("Enter the 6-digit code the app shows, to confirm."));
        // The QR code beside the steps, so that the whole setup fits a laptop's screen without scrolling.
        HorizontalLayout setup = new HorizontalLayout(qr, new Div(steps, new Div(code),
                new HorizontalLayout(confirm, signingIn() ? signOut() : homeButton("Cancel"))));
        setup.setAlignItems(HorizontalLayout.Alignment.START);
        content.add(setup);
    }

    private void confirm(NewSecret secret, TextField code) {
        try {
            TwoFactorSignIn.Enrolled enrolled = twoFactor.confirmEnrolment(secret, code.getValue());
            enrolled.signIn().ifPresent(SignInSession::establish);
            showRecoveryCodes(enrolled.recoveryCodes());
        } catch (SignInThrottledException throttled) {
            refuse(code, "There have been too many failed sign-ins for this account or from this network. Wait a "
                    + "few minutes and try again.");
        } catch (AuthenticationException refused) {
            refuse(code, "That code does not match this key. Check that the app shows the code for Tierline and "
                    + "that the phone's clock is right, then enter the code it shows now. Wrong codes count as "
                    + "failed sign-ins.");
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        content.removeAll();
        content.add(paragraph("two-factor-status", "Two-factor sign-in is on."),
                new Paragraph("If you lose your phone, each of these recovery codes signs you in once instead of a "
                        + "code from the app. Write them down or print them now: they are not shown again."));
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        list.getStyle().set("font-family", "monospace");
        Button next = homeButton("Continue to Tierline");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(list, next);
    }

    private Component turnOff() {
        TextField code = new TextField("Current code");
        code.setId("turn-off-code");
        code.setMaxLength(16);
        Button off = new Button("Turn off two-factor sign-in", e -> {
            try {
                twoFactor.turnOff(code.getValue());
                showStatus();
            } catch (AuthenticationException refused) {
                refuse(code, "That code is not correct or was used already. Enter the code the app shows now.");
            }
        });
        off.setId("two-factor-turn-off");
        off.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div box = new Div(new H2("Turn off"), new Paragraph("Your role does not require it, so you may turn it off; "
                + "sign-in will then ask for the password only."), code, off);
        box.getStyle().set("margin-top", "var(--lumo-space-l)");
        return box;
    }

    private Button homeButton(String label) {
        Button home = new Button(label, e -> getUI().ifPresent(ui -> ui.getPage().setLocation(SignInSession.home())));
        home.setId("two-factor-home");
        return home;
    }

    private Button signOut() {
        Button out = new Button("Sign out", e -> authentication.logout());
        out.setId("two-factor-sign-out");
        out.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return out;
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        return p;
    }

    private static void refuse(TextField code, String message) {
        code.clear();
        code.setInvalid(true);
        code.setErrorMessage(message);
    }

    /** The Base32 key in groups of four, as apps that take it by hand show it. */
    static String grouped(String secret) {
        return String.join(" ", secret.split("(?<=\\G.{4})"));
    }
}
