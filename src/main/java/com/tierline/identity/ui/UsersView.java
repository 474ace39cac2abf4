package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.UserDirectory;
import com.tierline.identity.service.UserDirectory.UserSummary;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The users, with their sign-in locks: an administrator lifts a lock when the owner has proved who they are. */
@Route("admin/users")
@PageTitle("Users · Tierline")
@RolesAllowed(Role.ADMIN_)
public class UsersView extends VerticalLayout {

    private final UserDirectory directory;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);

    public UsersView(UserDirectory directory) {
        this.directory = directory;
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        // Next to the name, so that a locked account and its Unlock button are in view without scrolling.
        grid.addComponentColumn(this::status).setHeader("Sign-in").setKey("sign-in").setAutoWidth(true);
        grid.addColumn(UserSummary::organisation).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(UserSummary::team).setHeader("Team").setAutoWidth(true);
        grid.addColumn(UserSummary::roles).setHeader("Roles").setAutoWidth(true);
        grid.setItems(directory.listUsers());
        grid.setId("users-grid");
        setSizeFull();
        add(new H2("Users"), grid);
    }

    private Component status(UserSummary user) {
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
        Notification.show(lifted ? user.username() + " can sign in again."
                : user.username() + " was no longer locked (the lock ran out, or another administrator lifted it).",
                5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(lifted ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        grid.setItems(directory.listUsers());
    }
}
