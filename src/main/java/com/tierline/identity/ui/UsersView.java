package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AdministrationRefusedException;
import com.tierline.identity.service.OrganisationAdministration;
import com.tierline.identity.service.TeamAdministration;
import com.tierline.identity.service.UserAdministration;
import com.tierline.identity.service.UserDirectory;
import com.tierline.identity.service.UserDirectory.UserSummary;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The users: create, edit, deactivate and reactivate them, and lift a sign-in lock when the owner has proved who
 * they are. Grid and form as in Vaadin's CRM tutorial: the form fires events, the service decides.
 */
@Route("admin/users")
@PageTitle("Users · Tierline")
@RolesAllowed(Role.ADMIN_)
public class UsersView extends VerticalLayout {

    private final UserDirectory directory;
    private final UserAdministration administration;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final UserEditor editor;

    public UsersView(UserDirectory directory, UserAdministration administration, TeamAdministration teams,
            OrganisationAdministration organisations) {
        this.directory = directory;
        this.administration = administration;
        this.editor = new UserEditor(teams.list(), organisations.list());
        grid.addColumn(UserSummary::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        // Next to the name, so that a locked account and its Unlock button are in view without scrolling.
        grid.addComponentColumn(this::status).setHeader("Sign-in").setKey("sign-in").setAutoWidth(true);
        grid.addColumn(UserSummary::roles).setHeader("Roles").setKey("roles").setFlexGrow(2);
        grid.addColumn(UserSummary::team).setHeader("Team").setAutoWidth(true);
        var organisation = grid.addColumn(UserSummary::organisation).setHeader("Organisation").setFlexGrow(1);
        var email = grid.addColumn(UserSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeightFull();
        grid.setId("users-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(administration.find(e.getValue().username()));
            }
        });
        editor.onVisibility(open -> {
            organisation.setVisible(!open);
            email.setVisible(!open);
        });
        editor.onSave(e -> save(e.account, e.form));
        editor.onStatus(e -> changeStatus(e.account, e.active));
        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> {
            grid.asSingleSelect().clear();
            editor.edit(null);
        });
        create.setId("new-user");
        HorizontalLayout content = new HorizontalLayout(grid, editor);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        setSizeFull();
        add(new HorizontalLayout(new H2("Users"), create), content);
        expand(content);
        refresh();
    }

    private void save(UserAdministration.UserAccount account, UserAdministration.UserForm form) {
        String username = account == null ? form.username() : account.username();
        run(() -> {
            if (account == null) {
                administration.create(form);
            } else {
                administration.update(username, form, account.version());
            }
        }, account == null ? "Account " + username + " created without a password: its owner signs in after "
                + "setting one through a set-password link." : "Account " + username + " saved.", username);
    }

    private void changeStatus(UserAdministration.UserAccount account, boolean active) {
        String username = account.username();
        run(() -> {
            if (active) {
                administration.reactivate(username);
            } else {
                administration.deactivate(username);
            }
        }, active ? username + " can sign in again." : username + " is deactivated: it can no longer sign in, and "
                + "the cases it had claimed are back in its team's queue.", username);
    }

    private void run(Runnable change, String done, String username) {
        try {
            change.run();
            notify(done, NotificationVariant.LUMO_SUCCESS);
            editor.setVisible(false);
            refresh();
        } catch (AdministrationRefusedException refused) {
            editor.show(refused);
        } catch (OptimisticLockingFailureException concurrent) {
            notify(ConcurrentChange.of("the account of " + username), NotificationVariant.LUMO_ERROR);
        }
    }

    private Component status(UserSummary user) {
        if (!user.active()) {
            Span inactive = new Span("Deactivated");
            inactive.getElement().getThemeList().add("badge contrast");
            return inactive;
        }
        if (!user.locked()) {
            return new Span("Active");
        }
        Span locked = new Span("Locked until " + Formats.dateTime(user.lockedUntil(), getLocale()));
        locked.getElement().getThemeList().add("badge error");
        Button unlock = new Button("Unlock", e -> unlock(user));
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        unlock.setId("unlock-" + user.username());
        return new HorizontalLayout(locked, unlock);
    }

    private void unlock(UserSummary user) {
        boolean lifted = directory.unlock(user.username());
        notify(lifted ? user.username() + " can sign in again." : user.username() + " was no longer locked (the "
                + "lock ran out, or another administrator lifted it).", lifted ? NotificationVariant.LUMO_SUCCESS
                        : NotificationVariant.LUMO_CONTRAST);
        refresh();
    }

    private void refresh() {
        grid.setItems(directory.listUsers());
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
