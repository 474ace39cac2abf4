package com.tierline.administration.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.Teams.TeamName;
import com.tierline.identity.service.UserDirectory;
import com.tierline.routing.service.RoutingRefusedException;
import com.tierline.routing.service.RoutingRules;
import com.tierline.routing.service.RuleView;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Routing of filed cases to teams: the rules in the order they are tried, each added, edited, disabled or moved as
 * a new version, and the default team that takes what no rule matches. Cases already filed keep their routing.
 */
@Route("admin/routing")
@PageTitle("Routing · Tierline")
@RolesAllowed(Role.ADMIN_)
public class RoutingView extends VerticalLayout {

    private final RoutingRules routing;
    private final Grid<RuleView> rules = new Grid<>(RuleView.class, false);
    private final ComboBox<TeamName> defaultTeam = new ComboBox<>("Default team");
    private final RoutingRuleForm form;
    private final H3 formTitle = new H3();
    private final Button cancel = new Button("Cancel edit");
    private RuleView editing;

    public RoutingView(RoutingRules routing, RuleSetCatalog ruleSets, UserDirectory users) {
        this.routing = routing;
        java.util.function.UnaryOperator<String> people = users.names();
        setMaxWidth("1300px");
        List<TeamName> teams = routing.teams();
        form = new RoutingRuleForm(ruleSets.destinations(), teams);

        rules.setId("routing-rules");
        // Fixed widths for the short columns and wrapping for the rest, so all of it fits a 1366-pixel screen.
        rules.addColumn(r -> String.valueOf(r.position())).setHeader("Order").setWidth("5em").setFlexGrow(0);
        rules.addColumn(RuleView::name).setHeader("Rule").setWidth("7em").setFlexGrow(1);
        rules.addColumn(r -> r.conditions(getLocale())).setHeader("Cases").setWidth("12em").setFlexGrow(3);
        rules.addColumn(RuleView::teamName).setHeader("Go to").setWidth("6em").setFlexGrow(1);
        rules.addColumn(r -> r.enabled() ? "In use" : "Disabled").setHeader("Status").setWidth("6em")
                .setFlexGrow(0);
        rules.addColumn(r -> "Version " + r.version() + " by " + people.apply(r.changedBy()) + ", "
                + Formats.dateTime(r.changedAt(), getLocale())).setHeader("Last change").setWidth("9em")
                .setFlexGrow(1);
        rules.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setWidth("17em")
                .setFlexGrow(0);
        rules.setAllRowsVisible(true);
        rules.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        defaultTeam.setId("default-team");
        defaultTeam.setItems(teams);
        defaultTeam.setItemLabelGenerator(TeamName::name);
        Button saveDefault = new Button("Use as default team", e -> chooseDefault());
        saveDefault.setId("default-team-save");
        HorizontalLayout defaults = new HorizontalLayout(defaultTeam, saveDefault);
        defaults.setAlignItems(FlexComponent.Alignment.BASELINE);

        Button save = new Button("Save rule", e -> save());
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setId("rule-cancel");
        cancel.addClickListener(e -> startAdding());

        add(new H2("Routing"), new Paragraph("When a filed case has been pre-screened, the rules below are tried in "
                + "order: the first one in use whose conditions the case meets sends it to its team; cases no rule "
                + "matches go to the default team. Every change is kept as a new version, and cases already filed "
                + "keep the routing they had."), rules, new H3("Default team"), defaults, formTitle, form,
                new HorizontalLayout(save, cancel));
        refresh();
        startAdding();
    }

    private HorizontalLayout actions(RuleView r) {
        String id = "rule-" + r.position();
        Button up = small(VaadinIcon.ARROW_UP, "Move up", id + "-up", () -> routing.move(r.ruleKey(), r.version(),
                true), r.name() + " now comes earlier.");
        Button down = small(VaadinIcon.ARROW_DOWN, "Move down", id + "-down", () -> routing.move(r.ruleKey(),
                r.version(), false), r.name() + " now comes later.");
        Button edit = new Button("Edit", e -> startEditing(r));
        edit.setId(id + "-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(r.enabled() ? "Disable" : "Enable", e -> act(() -> routing.enable(r.ruleKey(),
                r.version(), !r.enabled()), r.enabled() ? r.name() + " is disabled: no case is routed by it now."
                        : r.name() + " is in use again."));
        toggle.setId(id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(up, down, edit, toggle);
    }

    private Button small(VaadinIcon icon, String label, String id, Runnable action, String done) {
        Button b = new Button(icon.create(), e -> act(action, done));
        b.setId(id);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        return b;
    }

    private void startAdding() {
        editing = null;
        formTitle.setText("Add a rule");
        form.clear();
        cancel.setVisible(false);
    }

    private void startEditing(RuleView r) {
        editing = r;
        formTitle.setText("Edit rule '" + r.name() + "' (saving writes version " + (r.version() + 1) + ")");
        form.show(r);
        cancel.setVisible(true);
    }

    private void save() {
        try {
            RuleView saved = editing == null ? routing.add(form.terms())
                    : routing.change(editing.ruleKey(), editing.version(), form.terms());
            done(editing == null ? "Rule '" + saved.name() + "' added; it is tried after the others."
                    : "Rule '" + saved.name() + "' saved as version " + saved.version() + ".");
            startAdding();
        } catch (RoutingRefusedException refused) {
            List<String> rest = form.showRefusal(refused);
            if (!rest.isEmpty()) {
                error(String.join(" ", rest));
            }
        }
    }

    private void chooseDefault() {
        try {
            routing.chooseDefaultTeam(defaultTeam.getValue() == null ? null : defaultTeam.getValue().code());
            defaultTeam.setInvalid(false);
            done(defaultTeam.getValue().name() + " now takes the cases no rule matches.");
        } catch (RoutingRefusedException refused) {
            refused.about("defaultTeam").ifPresentOrElse(r -> {
                defaultTeam.setErrorMessage(r.message());
                defaultTeam.setInvalid(true);
            }, () -> error(refused.getMessage()));
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            done(done);
        } catch (RoutingRefusedException refused) {
            error(refused.getMessage());
            refresh();
        }
    }

    private void done(String text) {
        refresh();
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        rules.setItems(routing.rules());
        TeamName current = routing.defaultTeam();
        defaultTeam.getListDataView().getItems().filter(t -> t.code().equals(current.code())).findFirst()
                .ifPresent(defaultTeam::setValue);
    }
}
