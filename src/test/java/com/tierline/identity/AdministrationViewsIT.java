package com.tierline.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.tierline.identity.domain.AppUserRepository;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.OrganisationStatus;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.OrganisationAdministration.OrganisationRow;
import com.tierline.identity.service.TeamAdministration.TeamSummary;
import com.tierline.identity.service.UserDirectory.UserSummary;
import com.tierline.support.KaribuIT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's pages as a person uses them: fill the form, save, read the refusal at its field. */
class AdministrationViewsIT extends KaribuIT {

    @Autowired AppUserRepository accounts;
    @Autowired OrganisationRepository organisations;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAReviewerAfterBeingToldWhatIsMissingAndThenDeactivatesIt() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/users");
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), "nina.reviewer");
        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "Nina Reviewer");
        _setValue(_get(TextField.class, spec -> spec.withId("user-email")), "nina@tierline.gov.example");
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("user-roles"));
        _setValue(roles, Set.of(Role.REVIEWER));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        ComboBox<TeamSummary> team = _get(ComboBox.class, spec -> spec.withId("user-team"));
        assertThat(team.isInvalid()).isTrue();
        assertThat(team.getErrorMessage()).isEqualTo("A reviewer or senior reviewer needs the team whose queue they "
                + "work from.");
        assertThat(accounts.existsByUsername("nina.reviewer")).isFalse();
        _setValue(team, team.getListDataView().getItems().filter(t -> t.code().equals("ai-chips")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        NotificationsKt.expectNotifications("Account nina.reviewer created without a password: its owner signs in "
                + "after setting one through a set-password link.");
        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        UserSummary nina = row(grid, "nina.reviewer");
        assertThat(nina.roles()).isEqualTo("Reviewer");
        assertThat(GridKt._getFormattedRow(grid, GridKt._fetch(grid, 0, 500).indexOf(nina)))
                .contains("Reviewer", "AI Chips").doesNotContain("REVIEWER");

        grid.select(nina);
        _click(_get(Button.class, spec -> spec.withId("user-deactivate")));
        NotificationsKt.expectNotifications("nina.reviewer is deactivated: it can no longer sign in, and the cases "
                + "it had claimed are back in its team's queue.");
        assertThat(row(grid, "nina.reviewer").active()).isFalse();
        assertThat(accounts.findByUsername("nina.reviewer").orElseThrow().isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCorrectsAnOrganisationAndDeactivatesItWithAReason() {
        Organisation made = organisations.save(new Organisation("Lotus Compute", "IN"));
        signInAs("admin1");
        UI.getCurrent().navigate("admin/organisations");
        Grid<OrganisationRow> grid = _get(Grid.class, spec -> spec.withId("organisations"));
        grid.select(organisation(grid, made.getId()));
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-headquarters")), "Bengaluru");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        NotificationsKt.expectNotifications("Particulars of Lotus Compute saved.");
        assertThat(organisation(grid, made.getId()).headquarters()).isEqualTo("Bengaluru");

        grid.select(organisation(grid, made.getId()));
        _click(_get(Button.class, spec -> spec.withId("organisation-deactivate")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("organisation-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the reason the organisation will read.");
        _setValue(reason, "Its export privileges were revoked.");
        _click(_get(Button.class, spec -> spec.withId("organisation-deactivate")));
        NotificationsKt.expectNotifications("Lotus Compute is deactivated.");
        assertThat(organisation(grid, made.getId()).status()).isEqualTo(OrganisationStatus.DEACTIVATED);
        assertThat(GridKt._getFormattedRow(grid, GridKt._fetch(grid, 0, 500).indexOf(organisation(grid,
                made.getId())))).contains("India", "Bengaluru");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesATeamWithAWellFormedCodeAndRenamesIt() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/teams");
        TextField code = _get(TextField.class, spec -> spec.withId("team-code"));
        _setValue(code, "Levant Desk");
        _setValue(_get(TextField.class, spec -> spec.withId("team-name")), "Levant desk");
        _click(_get(Button.class, spec -> spec.withId("team-save")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("A team code has 2 to 64 characters");

        _setValue(code, "levant-desk");
        _click(_get(Button.class, spec -> spec.withId("team-save")));
        NotificationsKt.expectNotifications("Team Levant desk created.");
        Grid<TeamSummary> grid = _get(Grid.class, spec -> spec.withId("teams"));
        grid.select(team(grid, "levant-desk"));
        assertThat(code.isReadOnly()).as("the code is the queue's key").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("team-name")), "Levant and Iraq desk");
        _click(_get(Button.class, spec -> spec.withId("team-save")));
        NotificationsKt.expectNotifications("Team renamed to Levant and Iraq desk.");
        assertThat(team(grid, "levant-desk").name()).isEqualTo("Levant and Iraq desk");
        assertThat(GridKt._getFormattedRow(grid, GridKt._fetch(grid, 0, 100).indexOf(team(grid, "ai-chips"))))
                .anyMatch(cell -> cell.contains("Ana Reviewer (reviewer1)"));
    }

    private static UserSummary row(Grid<UserSummary> grid, String username) {
        return GridKt._fetch(grid, 0, 500).stream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private static OrganisationRow organisation(Grid<OrganisationRow> grid, Long id) {
        List<OrganisationRow> rows = GridKt._fetch(grid, 0, 500);
        return rows.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private static TeamSummary team(Grid<TeamSummary> grid, String code) {
        return GridKt._fetch(grid, 0, 100).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
