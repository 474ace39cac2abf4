package com.tierline.onboarding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.tierline.identity.service.OrganisationRegistrations;
import com.tierline.identity.service.OrganisationRegistrations.PendingRegistration;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import com.tierline.identity.ui.OrganisationStatusView;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The onboarding pages the browser walk does not open: links that no longer work, passwords, refusals. */
class OnboardingScreensIT extends KaribuIT {

    @Autowired OrganisationRegistrations registrations;

    @Test
    void anUnknownOrUsedLinkGivesAPageThatSaysSoNotAnError() {
        UI.getCurrent().navigate("invitation", QueryParameters.of("token", "nothing-like-a-token"));
        assertThat(_get(Paragraph.class, p -> p.withId("link-closed")).getText())
                .contains("has been used already, has expired (links work for 24 hours) or is not known");
        UI.getCurrent().navigate("reset-password");
        assertThat(_get(Paragraph.class, p -> p.withId("link-closed")).getText())
                .contains("Ask for a new one with \"Forgot your password?\"");
    }

    @Test
    void forgotPasswordAnswersAlikeForKnownAndUnknownAddresses() {
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, f -> f.withId("forgot-email")), "exporter2@northwind.example");
        _click(_get(Button.class, b -> b.withId("forgot-submit")));
        String known = _get(Paragraph.class, p -> p.withId("forgot-answer")).getText();
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("forgot-password");
        _setValue(_get(EmailField.class, f -> f.withId("forgot-email")), "nobody@northwind.example");
        _click(_get(Button.class, b -> b.withId("forgot-submit")));
        String unknown = _get(Paragraph.class, p -> p.withId("forgot-answer")).getText();
        assertThat(unknown.replace("nobody@", "exporter2@")).isEqualTo(known);
        assertThat(known).startsWith("If an account has the address exporter2@northwind.example, we have sent");
    }

    @Test
    void changingThePasswordShowsEachRefusalAtItsField() {
        signInAs("exporter3");
        UI.getCurrent().navigate("account/password");
        PasswordField current = _get(PasswordField.class, f -> f.withId("current-password"));
        PasswordField next = _get(PasswordField.class, f -> f.withId("new-password"));
        _setValue(current, "not my password");
        _setValue(next, "a lighthouse at dusk");
        _click(_get(Button.class, b -> b.withId("change-password-submit")));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("This is not your current password.");
        _setValue(current, "tierline-demo");
        _setValue(next, "short");
        _click(_get(Button.class, b -> b.withId("change-password-submit")));
        assertThat(current.isInvalid()).isFalse();
        assertThat(next.getErrorMessage()).startsWith("Use at least 12 characters (this has 5).");
    }

    @Test
    void aRefusalWithoutAReasonIsRefusedAtTheReasonField() {
        String id = OnboardingIT.unique();
        registrations.register(OnboardingIT.registration(id), "203.0.113.50");
        signInAs("admin1");
        UI.getCurrent().navigate("admin/registrations");
        Long organisation = registrations.pending().stream().filter(r -> r.organisation().equals("Acme " + id))
                .findFirst().orElseThrow().organisationId();
        // A grid's cell components are not in the UI tree until the row is drawn; Karibu hands out the cell.
        @SuppressWarnings("unchecked")
        Grid<PendingRegistration> grid = _get(Grid.class, g -> g.withId("registrations-grid"));
        int row = GridKt._fetch(grid, 0, 100).stream().map(PendingRegistration::organisationId).toList()
                .indexOf(organisation);
        _click((Button) GridKt._getCellComponent(grid, row, "decision").getChildren()
                .filter(c -> c.getId().orElse("").equals("refuse-" + organisation)).findFirst().orElseThrow());
        _click(_get(Button.class, b -> b.withId("refusal-confirm")));
        TextArea reason = _get(TextArea.class, t -> t.withId("refusal-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("Enter the reason the applicant will read.");
        _setValue(reason, "The registration number belongs to another company.");
        _click(_get(Button.class, b -> b.withId("refusal-confirm")));
        SignIn.out();

        signInAs("applicant-" + id);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(OrganisationStatusView.class);
        assertThat(_get(Paragraph.class, p -> p.withId("organisation-status")).getText()).isEqualTo(
                "The registration of Acme " + id + " was refused: The registration number belongs to another company.");
    }
}
