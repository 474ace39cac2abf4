package com.tierline.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.tierline.application.service.CaseSummary;
import com.tierline.application.ui.CountryPicker;
import com.tierline.application.ui.StatusBadge;
import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.service.CaseExports;
import com.tierline.audit.service.CaseSearches;
import com.tierline.audit.service.ChainVerification;
import com.tierline.identity.domain.Role;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Every submitted case, searched and sorted in the database; the result can be taken away as CSV. Read-only. */
@Route("audit/cases")
@PageTitle("Case history · Tierline")
@RolesAllowed(Role.AUDITOR_)
public class CaseSearchView extends VerticalLayout {

    private final CaseSearchFilters filters;
    private final Span chain = new Span();

    public CaseSearchView(CaseSearches searches, CaseExports exports, AuditTrail audit,
            com.tierline.screening.service.RuleSetCatalog ruleSets, com.tierline.identity.service.UserDirectory users) {
        Locale locale = getLocale();
        // One look-up per colleague for the life of the page, not one per row and refresh.
        UnaryOperator<String> people = users.names();
        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        filters = new CaseSearchFilters(ruleSets.destinations(), () -> grid.getDataProvider().refreshAll());
        grid.addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CaseSummary::organisation).setHeader("Exporter").setKey("organisation.name").setSortable(true);
        Function<String, String> countries = CountryPicker.labels(ruleSets.destinations());
        grid.addColumn(c -> countries.apply(c.destinationCountry())).setHeader("Destination")
                .setKey("destinationCountry")
                .setSortable(true);
        grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setKey("status")
                .setSortable(true);
        grid.addColumn(c -> c.decision() == null ? "—" : c.decision().label()).setHeader("Decision").setKey("decision")
                .setSortable(true);
        // Who decided a decided case (deciding hands the claim back), else who works on it now.
        grid.addColumn(c -> reviewer(c, people)).setHeader("Reviewer").setKey("reviewer")
                .setSortProperty("decidedBy", "assignee");
        grid.addColumn(c -> Formats.dateTime(c.submittedAt(), locale)).setHeader("Submitted").setKey("submittedAt")
                .setSortable(true);
        grid.setItems(query -> searches.page(filters.search(), toSpringPageRequest(query)).stream());
        grid.setId("audit-cases");
        // Long names and descriptions wrap in their cell rather than end in "…" on a 1366-pixel screen.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No submitted cases match.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseHistoryView.class,
                new RouteParameters("reference", e.getItem().reference()))));

        // Streamed straight from the database cursor into the response: no row cap, no buffering.
        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("tierline-cases-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv; charset=utf-8");
            exports.csv(filters.search(), event.getOutputStream());
        }, "Export CSV");
        csv.setId("export-csv");
        csv.getElement().setAttribute("download", true);
        csv.getElement().setAttribute("title", "All matching cases, not only this page");

        Button verify = new Button("Verify the audit chain", e -> show(audit.verify(locale)));
        verify.setId("verify-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        chain.setId("chain-status");
        // Its own line under the heading: the finding names checkpoints, times and keys, and must wrap, not overflow.
        chain.getStyle().set("white-space", "normal").set("line-height", "1.4").set("padding", "0.25em 0.5em");
        chain.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(new H2("Case history"), csv, verify);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        setSizeFull();
        add(header, chain, filters, grid);
    }

    private static String reviewer(CaseSummary c, UnaryOperator<String> people) {
        String who = c.decidedBy() != null ? c.decidedBy() : c.assignee();
        return who == null ? "—" : people.apply(who);
    }

    private void show(ChainVerification result) {
        chain.setText(result.valid() ? "Chain intact: " + result.detail()
                : "Chain BROKEN from event " + result.firstBrokenSequence() + ": " + result.detail());
        chain.getElement().getThemeList().clear();
        chain.getElement().getThemeList().add("badge " + (result.valid() ? "success" : "error"));
        chain.setVisible(true);
    }
}
