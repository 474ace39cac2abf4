package com.tierline.review.ui;

import com.tierline.application.service.CaseSummary;
import com.tierline.application.ui.StatusBadge;
import com.tierline.identity.domain.Role;
import com.tierline.review.service.ReviewService;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The team's queue: every case waiting for review, claimed or not, loaded page by page from the database. */
@Route("review")
@PageTitle("Review queue · Tierline")
@RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
public class ReviewQueueView extends VerticalLayout {

    public ReviewQueueView(ReviewService review) {
        Locale locale = getLocale();
        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        grid.addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(CaseSummary::organisation).setHeader("Exporter").setKey("organisation.name").setSortable(true);
        grid.addColumn(CaseSummary::destinationCountry).setHeader("Destination").setKey("destinationCountry")
                .setSortable(true);
        grid.addColumn(CaseSummary::tier).setHeader("Tier").setKey("screeningTier").setSortable(true);
        grid.addComponentColumn(c -> new StatusBadge(c.status())).setHeader("Status").setKey("status")
                .setSortable(true);
        grid.addColumn(c -> Formats.number(c.totalTpp(), locale)).setHeader("Total TPP").setKey("totalTpp")
                .setSortable(true);
        grid.addColumn(c -> Formats.dateTime(c.submittedAt(), locale)).setHeader("Submitted").setKey("submittedAt")
                .setSortable(true);
        grid.addColumn(c -> c.assignee() == null ? "Unclaimed"
                : c.assignee() + " since " + Formats.dateTime(c.claimedAt(), locale))
                .setHeader("Claimed by").setKey("assignee").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> review.teamQueue(toSpringPageRequest(query)).stream());
        grid.setId("review-queue");
        grid.setEmptyStateText("Nothing waiting for your team.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class,
                new RouteParameters("reference", e.getItem().reference()))));

        Span count = new Span(review.teamQueueSize() + " open");
        count.getElement().getThemeList().add("badge");
        count.setId("queue-count");
        HorizontalLayout header = new HorizontalLayout(new H2("Review queue"), count);
        header.setAlignItems(Alignment.BASELINE);
        setSizeFull();
        add(header, grid);
    }
}
