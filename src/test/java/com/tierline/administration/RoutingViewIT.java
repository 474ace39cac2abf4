package com.tierline.administration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.tierline.identity.service.Teams.TeamName;
import com.tierline.routing.service.RoutingRules;
import com.tierline.routing.service.RuleView;
import com.tierline.support.KaribuIT;
import com.tierline.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class RoutingViewIT extends KaribuIT {

    @Autowired RoutingRules routing;

    @AfterEach
    void putTheDefaultTeamBackAndDisableThePagesRule() {
        SignIn.as(users, "admin1");
        routing.chooseDefaultTeam("ai-chips");
        routing.rules().stream().filter(r -> r.name().equals("Comoros") && r.enabled())
                .forEach(r -> routing.enable(r.ruleKey(), r.version(), false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorAddsARuleMovesItFirstAndDisablesIt() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/routing");
        Grid<RuleView> grid = _get(Grid.class, spec -> spec.withId("routing-rules"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("KW, BH, OM",
                "Destination Kuwait (KW) or Bahrain (BH) or Oman (OM)", "Gulf desk", "In use");

        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("rule-name")).getErrorMessage())
                .isEqualTo("Give the rule a name.");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("rule-countries")).getErrorMessage())
                .startsWith("Give at least one condition");
        assertThat(_get(ComboBox.class, spec -> spec.withId("rule-team")).getErrorMessage())
                .isEqualTo("Choose the team this rule sends cases to.");
        assertThat(routing.rules()).noneMatch(r -> r.name().isBlank());

        _setValue(_get(TextField.class, spec -> spec.withId("rule-name")), "Comoros");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withId("rule-countries")), Set.of("KM"));
        ComboBox<TeamName> team = _get(ComboBox.class, spec -> spec.withId("rule-team"));
        _setValue(team, team.getListDataView().getItems().filter(t -> t.name().equals("Gulf desk")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        expectNotification("Rule 'Comoros' added; it is tried after the others.");
        List<RuleView> rows = GridKt._fetch(grid, 0, 100);
        int comoros = indexOf(rows, "Comoros");
        assertThat(GridKt._getFormattedRow(grid, comoros)).contains("Comoros", "Destination Comoros (KM)",
                "Gulf desk", "In use");
        assertThat(String.join(" | ", GridKt._getFormattedRow(grid, comoros))).as("who changed it, as a person")
                .contains("Version 1 by Ada Admin (admin1), ");

        _click(button(grid, comoros, "-up"));
        expectNotification("Comoros now comes earlier.");
        assertThat(indexOf(GridKt._fetch(grid, 0, 100), "Comoros")).isEqualTo(comoros - 1);

        _click(button(grid, comoros - 1, "-toggle"));
        expectNotification("Comoros is disabled: no case is routed by it now.");
        RuleView disabled = GridKt._fetch(grid, 0, 100).get(comoros - 1);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.version()).as("added, moved, disabled: three versions").isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultTeamIsChosenOnThePage() {
        signInAs("admin1");
        UI.getCurrent().navigate("admin/routing");
        ComboBox<TeamName> defaults = _get(ComboBox.class, spec -> spec.withId("default-team"));
        assertThat(defaults.getValue().name()).isEqualTo("AI Chips");
        _setValue(defaults, defaults.getListDataView().getItems().filter(t -> t.name().equals("Gulf desk"))
                .findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("default-team-save")));

        expectNotification("Gulf desk now takes the cases no rule matches.");
        assertThat(routing.defaultTeam().code()).isEqualTo("gulf-desk");
    }

    @Test
    void onlyAnAdministratorReachesThePage() {
        signInAs("reviewer1");
        // Karibu turns Vaadin's access-denied reroute into an error so that a test cannot miss it.
        assertThatThrownBy(() -> {
            UI.getCurrent().navigate("admin/routing");
            _get(Grid.class, spec -> spec.withId("routing-rules"));
        }).hasStackTraceContaining(com.vaadin.flow.router.AccessDeniedException.class.getName());
        SignIn.as(users, "reviewer1");
        assertThatThrownBy(() -> routing.rules()).isInstanceOf(AccessDeniedException.class);
    }

    private static Button button(Grid<RuleView> grid, int row, String suffix) {
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(c -> c.getId().orElse("").endsWith(suffix)).findFirst().orElseThrow();
    }

    private static int indexOf(List<RuleView> rows, String name) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed");
    }

    private static void expectNotification(String text) {
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains(text);
    }
}
