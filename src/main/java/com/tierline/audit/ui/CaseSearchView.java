package com.tierline.audit.ui;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseSummary;
import com.tierline.application.ui.StatusBadge;
import com.tierline.identity.domain.Role;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** Every submitted case, searchable by reference; read-only. */
@Route("audit/cases")
@PageTitle("Case history · Tierline")
@RolesAllowed(Role.AUDITOR_)
public class CaseSearchView extends VerticalLayout {

    public CaseSearchView(ApplicationService applications) {
        Locale locale = getLocale();
        TextField search = new TextField();
        search.setPlaceholder("Search by reference");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("case-search");

        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        grid.addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CaseSummary::organisation).setHeader("Exporter").setKey("organisation.name").setSortable(true);
        grid.addColumn(CaseSummary::destinationCountry).setHeader("Destination").setKey("destinationCountry")
                .setSortable(true);
        grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setKey("status")
                .setSortable(true);
        grid.addColumn(c -> c.decision() == null ? "—" : c.decision().label()).setHeader("Decision").setKey("decision")
                .setSortable(true);
        grid.addColumn(c -> Formats.dateTime(c.submittedAt(), locale)).setHeader("Submitted").setKey("submittedAt")
                .setSortable(true);
        grid.setItems(query -> applications.searchAll(search.getValue(), toSpringPageRequest(query)).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("audit-cases");
        grid.setEmptyStateText("No submitted cases match.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseHistoryView.class,
                new RouteParameters("reference", e.getItem().reference()))));
        setSizeFull();
        add(new H2("Case history"), search, grid);
    }
}
