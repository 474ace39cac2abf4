package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.OrganisationAdministration.OrganisationRow;
import com.tierline.identity.service.TeamAdministration.TeamSummary;
import com.tierline.identity.service.UserAdministration;
import com.tierline.identity.service.UserAdministration.UserAccount;
import com.tierline.identity.service.UserAdministration.UserForm;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/** The form for one user, new or existing; it only collects and fires events, the service decides. */
class UserEditor extends SideEditor {

    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Name");
    private final TextField email = new TextField("E-mail");
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final ComboBox<TeamSummary> team = new ComboBox<>("Team");
    private final ComboBox<OrganisationRow> organisation = new ComboBox<>("Organisation");
    private final Button save = new Button("Save");
    private final Button deactivate = new Button("Deactivate");
    private final Button reactivate = new Button("Reactivate");
    private UserAccount editing;

    UserEditor(List<TeamSummary> teams, List<OrganisationRow> organisations) {
        super("user-editor", "26em");
        field(UserAdministration.USERNAME, username);
        field(UserAdministration.DISPLAY_NAME, displayName);
        field(UserAdministration.EMAIL, email);
        field(UserAdministration.ROLES, roles);
        field(UserAdministration.TEAM, team);
        field(UserAdministration.ORGANISATION, organisation);
        username.setId("user-username");
        username.setHelperText("Lower-case letters, digits, dots or hyphens; it cannot change later.");
        displayName.setId("user-name");
        email.setId("user-email");
        roles.setId("user-roles");
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(Role::label);
        team.setId("user-team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setHelperText("Reviewers and senior reviewers work from this team's queue.");
        team.setClearButtonVisible(true);
        organisation.setId("user-organisation");
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationRow::name);
        organisation.setHelperText("Only for exporters and organisation administrators.");
        organisation.setClearButtonVisible(true);
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SaveEvent(this, editing, form())));
        deactivate.setId("user-deactivate");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(e -> fireEvent(new StatusEvent(this, editing, false)));
        reactivate.setId("user-reactivate");
        reactivate.addClickListener(e -> fireEvent(new StatusEvent(this, editing, true)));
        Button cancel = new Button("Cancel", e -> setVisible(false));
        cancel.setId("user-cancel");
        lay(new FormLayout(username, displayName, email, roles, team, organisation), save, deactivate, reactivate,
                cancel);
    }

    /** Shows {@code account} for editing, or an empty form for a new user when null. */
    void edit(UserAccount account) {
        editing = account;
        clearRefusals();
        title.setText(account == null ? "New user" : "Edit " + account.username());
        username.setValue(account == null ? "" : account.username());
        username.setReadOnly(account != null);
        displayName.setValue(account == null ? "" : account.displayName());
        email.setValue(account == null || account.email() == null ? "" : account.email());
        roles.setValue(account == null ? EnumSet.noneOf(Role.class) : account.roles());
        team.setValue(account == null ? null : find(team, t -> t.code().equals(account.teamCode())));
        organisation.setValue(account == null ? null
                : find(organisation, o -> o.id().equals(account.organisationId())));
        deactivate.setVisible(account != null && account.active());
        reactivate.setVisible(account != null && !account.active());
        setVisible(true);
    }

    private UserForm form() {
        return new UserForm(username.getValue().strip(), displayName.getValue(), email.getValue(),
                roles.getValue(), team.getOptionalValue().map(TeamSummary::code).orElse(null),
                organisation.getOptionalValue().map(OrganisationRow::id).orElse(null));
    }

    private static <T> T find(ComboBox<T> box, java.util.function.Predicate<T> which) {
        return box.getListDataView().getItems().filter(Objects::nonNull).filter(which).findFirst().orElse(null);
    }

    static class SaveEvent extends ComponentEvent<UserEditor> {
        final UserAccount account;
        final UserForm form;

        SaveEvent(UserEditor source, UserAccount account, UserForm form) {
            super(source, false);
            this.account = account;
            this.form = form;
        }
    }

    static class StatusEvent extends ComponentEvent<UserEditor> {
        final UserAccount account;
        final boolean active;

        StatusEvent(UserEditor source, UserAccount account, boolean active) {
            super(source, false);
            this.account = account;
            this.active = active;
        }
    }

    Registration onSave(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration onStatus(com.vaadin.flow.component.ComponentEventListener<StatusEvent> listener) {
        return addListener(StatusEvent.class, listener);
    }
}
