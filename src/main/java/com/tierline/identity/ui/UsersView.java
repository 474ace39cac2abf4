package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.UserDirectory;
import com.tierline.identity.service.UserDirectory.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("admin/users")
@PageTitle("Users · Tierline")
@RolesAllowed(Role.ADMIN_)
public class UsersView extends VerticalLayout {

    public UsersView(UserDirectory directory) {
        Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(UserSummary::organisation).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(UserSummary::team).setHeader("Team").setAutoWidth(true);
        grid.addColumn(UserSummary::roles).setHeader("Roles").setAutoWidth(true);
        grid.setItems(directory.listUsers());
        grid.setId("users-grid");
        setSizeFull();
        add(new H2("Users"), grid);
    }
}
