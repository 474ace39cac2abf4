package com.tierline.application.ui;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseSummary;
import com.tierline.identity.domain.Role;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

@Route("applications")
@PageTitle("My applications · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class MyApplicationsView extends VerticalLayout {

    public MyApplicationsView(ApplicationService applications) {
        Locale locale = getLocale();
        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        grid.addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CaseSummary::destinationCountry).setHeader("Destination").setKey("destinationCountry")
                .setSortable(true);
        grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setKey("status")
                .setSortable(true);
        grid.addColumn(c -> Formats.number(c.totalTpp(), locale)).setHeader("Total TPP").setKey("totalTpp")
                .setSortable(true);
        grid.addColumn(c -> Formats.dateTime(c.createdAt(), locale)).setHeader("Created").setKey("createdAt")
                .setSortable(true);
        grid.addColumn(c -> Formats.dateTime(c.submittedAt(), locale)).setHeader("Submitted").setKey("submittedAt")
                .setSortable(true);
        grid.setItems(query -> applications.myApplications(toSpringPageRequest(query)).stream());
        grid.setId("my-applications");
        grid.setEmptyStateText("No applications yet. Start one with \u201cNew application\u201d.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                new RouteParameters("reference", e.getItem().reference()))));

        Button create = new Button("New application", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.class)));
        create.setId("new-application");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("My applications"), create);
        header.setAlignItems(Alignment.BASELINE);
        setSizeFull();
        add(header, grid);
    }
}
