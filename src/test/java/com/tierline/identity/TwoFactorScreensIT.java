package com.tierline.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.SignedInUser;
import com.tierline.identity.service.TwoFactorPending;
import com.tierline.identity.ui.TwoFactorCodeView;
import com.tierline.identity.ui.TwoFactorEnrolmentView;
import com.tierline.support.KaribuIT;
import com.tierline.support.TwoFactorUsers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The screens of two-factor sign-in: between password and code every route leads to the code or, for staff who
 * have not enrolled, to enrolment; enrolment shows the QR code and the key, takes the first code and shows the
 * recovery codes once; the code screen says why a code was refused.
 */
class TwoFactorScreensIT extends KaribuIT {

    TwoFactorUsers people;

    @BeforeEach
    void people() {
        people = new TwoFactorUsers(context);
    }

    @Test
    void aReviewerWhoHasNotEnrolledReachesOnlyEnrolmentAndIsSignedInByItsFirstCode() {
        String reviewer = people.create("karibu-reviewer", Role.REVIEWER);
        afterPassword(reviewer);

        UI.getCurrent().navigate("review");
        _get(TwoFactorEnrolmentView.class);
        UI.getCurrent().navigate("");
        _get(TwoFactorEnrolmentView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status")).getText())
                .isEqualTo("Your role requires two-factor sign-in. Set up an authenticator app to continue.");
        assertThat(_get(Image.class, spec -> spec.withId("two-factor-qr")).getSrc()).isNotBlank();
        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret")).getText().replace(" ", "");
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");

        _setValue(_get(TextField.class, spec -> spec.withId("enrol-code")), "123");
        _click(_get(Button.class, spec -> spec.withId("enrol-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("enrol-code")).getErrorMessage())
                .startsWith("That code does not match this key.");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isInstanceOf(TwoFactorPending.class);

        _setValue(_get(TextField.class, spec -> spec.withId("enrol-code")), TwoFactorUsers.code(secret, 0));
        _click(_get(Button.class, spec -> spec.withId("enrol-confirm")));

        assertThat(recoveryCodes())
                .hasSize(10).allSatisfy(item -> assertThat(item.getText()).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}"));
        Authentication now = SecurityContextHolder.getContext().getAuthentication();
        assertThat(now.getPrincipal()).isInstanceOf(SignedInUser.class);
        assertThat(now.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_REVIEWER");
    }

    @Test
    void anEnrolledAuditorIsAskedForTheCodeAndToldWhenItIsWrong() {
        String auditor = people.create("karibu-auditor", Role.AUDITOR);
        var enrolment = people.enrol(auditor);
        afterPassword(auditor);

        UI.getCurrent().navigate("account/two-factor");
        _get(TwoFactorCodeView.class);
        TextField code = _get(TextField.class, spec -> spec.withId("two-factor-code"));
        _setValue(code, "000000");
        _click(_get(Button.class, spec -> spec.withId("two-factor-submit")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo("The code is not correct or was used already, or the account "
                + "is locked after 5 failed sign-ins in a row (for 15 minutes, or until an administrator unlocks "
                + "it). Check the code and try again.");

        _setValue(code, TwoFactorUsers.code(enrolment.secret(), 0));
        _click(_get(Button.class, spec -> spec.withId("two-factor-submit")));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_AUDITOR");
    }

    @Test
    void anExporterTurnsItOnFromTheAccountPageAndMayTurnItOffAgain() {
        String exporter = people.create("karibu-exporter", Role.EXPORTER);
        signInAs(exporter);
        UI.getCurrent().navigate("account/two-factor");
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status")).getText()).startsWith(
                "Two-factor sign-in is off.");
        String secret = _get(Span.class, spec -> spec.withId("two-factor-secret")).getText().replace(" ", "");
        _setValue(_get(TextField.class, spec -> spec.withId("enrol-code")), TwoFactorUsers.code(secret, 0));
        _click(_get(Button.class, spec -> spec.withId("enrol-confirm")));
        assertThat(recoveryCodes()).hasSize(10);

        UI.getCurrent().navigate("account/two-factor");
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status")).getText())
                .startsWith("Two-factor sign-in is on since ").endsWith("Recovery codes left: 10 of 10.");
        _setValue(_get(TextField.class, spec -> spec.withId("turn-off-code")), TwoFactorUsers.code(secret, 1));
        _click(_get(Button.class, spec -> spec.withId("two-factor-turn-off")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status")).getText()).startsWith(
                "Two-factor sign-in is off.");
    }

    private static java.util.List<ListItem> recoveryCodes() {
        return _get(OrderedList.class, spec -> spec.withId("recovery-codes")).getChildren()
                .map(ListItem.class::cast).toList();
    }

    /** What the form's password step leaves: the half sign-in, in Spring Security and on Vaadin's request. */
    private void afterPassword(String username) {
        Authentication pending = people.password(username);
        assertThat(pending).isInstanceOf(TwoFactorPending.class);
        SecurityContextHolder.getContext().setAuthentication(pending);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(pending);
        request.setUserInRole((principal, role) -> false);
    }
}
