package com.tierline.application.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseSummary;
import com.tierline.application.service.MyCasesFilter;
import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.function.Function;

/** The organisation's applications, paged and filtered in the database; a click opens the case. */
@Route("applications")
@PageTitle("My applications · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class MyApplicationsView extends VerticalLayout {

    private final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    private final TextField reference = new TextField();
    private final MultiSelectComboBox<ApplicationStatus> status = new MultiSelectComboBox<>();
    private final CountryPicker destination = new CountryPicker(null);
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public MyApplicationsView(ApplicationService applications, RuleSetCatalog ruleSets) {
        Locale locale = getLocale();
        grid.addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference").setSortable(true)
                .setAutoWidth(true);
        Function<String, String> countries = CountryPicker.labels(ruleSets.destinations());
        grid.addColumn(c -> countries.apply(c.destinationCountry())).setHeader("Destination")
                .setKey("destinationCountry")
                .setSortable(true);
        grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setKey("status")
                .setSortable(true);
        grid.addColumn(c -> Formats.number(c.totalTpp(), locale)).setHeader("Total TPP").setKey("totalTpp")
                .setSortable(true);
        grid.addColumn(c -> Formats.dateTime(c.createdAt(), locale)).setHeader("Created").setKey("createdAt")
                .setSortable(true);
        grid.addColumn(c -> Formats.dateTime(c.submittedAt(), locale)).setHeader("Submitted").setKey("submittedAt")
                .setSortable(true);
        grid.setItems(query -> applications.myApplications(filter(), toSpringPageRequest(query)).stream());
        grid.setId("my-applications");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No applications match. Start one with \u201cNew application\u201d.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class,
                new RouteParameters("reference", e.getItem().reference()))));

        reference.setPlaceholder("Search by reference");
        reference.setPrefixComponent(VaadinIcon.SEARCH.create());
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        reference.setClearButtonVisible(true);
        reference.setId("filter-reference");
        status.setPlaceholder("Any status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(ApplicationStatus::label);
        status.setId("filter-status");
        destination.setPlaceholder("Any destination");
        destination.offer(ruleSets.destinations());
        destination.setId("filter-destination");
        from.setPlaceholder("Created from");
        from.setId("filter-from");
        from.setLocale(locale);
        to.setPlaceholder("Created to");
        to.setId("filter-to");
        to.setLocale(locale);
        reference.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        destination.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(reference, status, destination, from, to);
        filters.setWrap(true);

        Button create = new Button("New application", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.class)));
        create.setId("new-application");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2("My applications"), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(header, filters, grid);
    }

    private MyCasesFilter filter() {
        return new MyCasesFilter(reference.getValue(), status.getSelectedItems(),
                destination.getValue() == null ? null : destination.getValue().iso2(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
