package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AdministrationRefusedException;
import com.tierline.identity.service.TeamAdministration;
import com.tierline.identity.service.TeamAdministration.TeamSummary;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/** Review teams with their members; a new team, or a new name for one (its code, the queue's key, stays). */
@Route("admin/teams")
@PageTitle("Teams · Tierline")
@RolesAllowed(Role.ADMIN_)
public class TeamsView extends VerticalLayout {

    private final TeamAdministration teams;
    private final Grid<TeamSummary> grid = new Grid<>(TeamSummary.class, false);
    private final TextField code = new TextField("Code");
    private final TextField name = new TextField("Name");
    private final Button save = new Button("Create team");
    private final Button cancel = new Button("Cancel");
    private final H3 formTitle = new H3("New team");
    private TeamSummary editing;

    public TeamsView(TeamAdministration teams) {
        this.teams = teams;
        grid.addColumn(TeamSummary::name).setHeader("Team").setAutoWidth(true);
        grid.addColumn(TeamSummary::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(t -> t.members().isEmpty() ? "No members yet" : String.join(", ", t.members()))
                .setHeader("Members").setKey("members").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("teams");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        code.setId("team-code");
        code.setHelperText("Lower-case letters, digits and hyphens, e.g. gulf-desk; it cannot change later.");
        name.setId("team-name");
        save.setId("team-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("team-cancel");
        cancel.addClickListener(e -> grid.asSingleSelect().clear());
        HorizontalLayout form = new HorizontalLayout(code, name, save, cancel);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Teams"), new Paragraph("A team's code is the queue its cases go to; members are given their team "
                + "on the Users page."), grid, formTitle, form);
        refresh();
    }

    private void edit(TeamSummary team) {
        editing = team;
        code.setInvalid(false);
        name.setInvalid(false);
        formTitle.setText(team == null ? "New team" : "Rename " + team.name());
        code.setValue(team == null ? "" : team.code());
        code.setReadOnly(team != null);
        name.setValue(team == null ? "" : team.name());
        save.setText(team == null ? "Create team" : "Rename");
        cancel.setVisible(team != null);
    }

    private void save() {
        String what = editing == null ? "Team " + name.getValue().strip() + " created." : "Team renamed to "
                + name.getValue().strip() + ".";
        try {
            if (editing == null) {
                teams.create(code.getValue().strip(), name.getValue());
            } else {
                teams.rename(editing.code(), name.getValue(), editing.version());
            }
            notify(what, NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (AdministrationRefusedException refused) {
            new FieldRefusals().field(TeamAdministration.CODE, code).field(TeamAdministration.NAME, name)
                    .show(refused);
        } catch (OptimisticLockingFailureException concurrent) {
            notify(ConcurrentChange.of("team " + editing.name()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(teams.list());
        grid.asSingleSelect().clear();
        edit(null);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
