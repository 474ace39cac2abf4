package com.tierline.onboarding.ui;

import com.tierline.application.ui.CountryPicker;
import com.tierline.identity.service.AccountRefusedException;
import com.tierline.identity.service.OrganisationRegistrations;
import com.tierline.identity.service.OrganisationRegistrations.Registration;
import com.tierline.identity.service.PasswordPolicy;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public page where an exporting organisation registers itself and its first user. */
@Route(value = "register", autoLayout = false)
@PageTitle("Register your organisation · Tierline")
@AnonymousAllowed
public class RegisterView extends Main {

    private final TextField organisation = new TextField("Organisation name");
    private final CountryPicker country = new CountryPicker("Country of registration");
    private final TextField headquarters = new TextField("Headquarters (address)");
    private final TextField registrationNumber = new TextField("Company registration number");
    private final TextField name = new TextField("Your name");
    private final EmailField email = new EmailField("Your e-mail address");
    private final TextField username = new TextField("User name");
    private final PasswordField password = new PasswordField("Password");
    private final FieldRefusals refusals = new FieldRefusals();

    public RegisterView(OrganisationRegistrations registrations, RuleSetCatalog ruleSets) {
        addClassName("public-page");
        getStyle().set("max-width", "48rem").set("margin", "0 auto").set("padding", "1rem");
        country.offer(ruleSets.destinations());
        organisation.setId("register-organisation");
        country.setId("register-country");
        headquarters.setId("register-headquarters");
        registrationNumber.setId("register-registration-number");
        name.setId("register-name");
        email.setId("register-email");
        username.setId("register-username");
        password.setId("register-password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; spaces and any letters are "
                + "welcome, and a few unrelated words make a good one. Common passwords are refused.");
        refusals.field("organisation", organisation).field("country", country).field("headquarters", headquarters)
                .field("registrationNumber", registrationNumber).field("name", name).field("email", email)
                .field("username", username).field("password", password);

        FormLayout organisationForm = new FormLayout(organisation, country, headquarters, registrationNumber);
        FormLayout applicantForm = new FormLayout(name, email, username, password);
        Button register = new Button("Register", e -> {
            try {
                registrations.register(new Registration(organisation.getValue(),
                        country.getValue() == null ? null : country.getValue().iso2(), headquarters.getValue(),
                        registrationNumber.getValue(), name.getValue(), email.getValue(), username.getValue(),
                        password.getValue()), VaadinRequest.getCurrent().getRemoteAddr());
                done();
            } catch (AccountRefusedException refused) {
                refusals.show(refused);
            }
        });
        register.setId("register-submit");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Register your organisation"), new Paragraph("Exporters of advanced AI chips register here. "
                + "The licensing authority reviews each registration; once it is approved you can file applications "
                + "and invite your colleagues."), new H2("Organisation"), organisationForm,
                new H2("You, its first administrator"), applicantForm, register,
                new Paragraph(new Anchor("login", "Back to sign-in")));
    }

    private void done() {
        removeAll();
        Paragraph thanks = new Paragraph("Thank you. The registration of " + organisation.getValue().strip()
                + " is pending review by the licensing authority. We have sent a confirmation to "
                + email.getValue().strip() + "; we will write again when it has been decided. You can sign in as "
                + username.getValue().strip() + " to see where it stands.");
        thanks.setId("register-done");
        add(new H1("Registration received"), thanks, new Paragraph(new Anchor("login", "Sign in")));
    }
}
