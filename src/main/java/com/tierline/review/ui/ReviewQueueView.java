package com.tierline.review.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.ui.AppealsView;
import com.tierline.application.service.CaseSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;

import com.tierline.application.ui.StatusBadge;
import com.tierline.identity.domain.Role;
import com.tierline.review.service.ReviewService;
import com.tierline.review.service.ReviewService.Queue;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.SavedView;
import com.tierline.review.service.SavedViews;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.ReviewerDirectory;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/** The reviewer's queues as tabs with counts; each grid pages and sorts in the database. */
@Route("review")
@PageTitle("Review queue · Tierline")
@RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
public class ReviewQueueView extends VerticalLayout {

    private final ReviewService review;
    private final QueueBroadcaster broadcaster;
    private Registration pushRegistration;
    private final Map<Queue, Tab> tabs = new EnumMap<>(Queue.class);
    private final Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
    private Queue current = Queue.UNASSIGNED;
    private QueueFilter filter = QueueFilter.NONE;

    public ReviewQueueView(ReviewService review, QueueBroadcaster broadcaster, CurrentUser currentUser,
            ReviewerDirectory reviewers, SavedViews savedViews, AppealService appeals) {
        this.review = review;
        this.broadcaster = broadcaster;
        Locale locale = getLocale();
        Tabs bar = new Tabs();
        for (Queue queue : Queue.values()) {
            Tab tab = new Tab();
            tab.setId("queue-" + queue.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            tabs.put(queue, tab);
            bar.add(tab);
        }
        if (currentUser.require().has(Role.SENIOR_REVIEWER)) {
            // Appeals are heard on their own page; the tab shows how many wait and leads there.
            Tab appealsTab = new Tab(new Span("Appeals "), badge(appeals.openAppeals().size(), false));
            appealsTab.setId("queue-appeals");
            bar.add(appealsTab);
            bar.addSelectedChangeListener(e -> {
                if (e.getSelectedTab() == appealsTab) {
                    getUI().ifPresent(ui -> ui.navigate(AppealsView.class));
                }
            });
        }
        bar.addSelectedChangeListener(e -> tabs.forEach((queue, tab) -> {
            if (tab == e.getSelectedTab()) {
                current = queue;
                grid.getDataProvider().refreshAll();
            }
        }));
        grid.addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference").setSortable(true)
                .setAutoWidth(true);
        // Badges are drawn in the browser (LitRenderer), not as a server-side component per row and column:
        // a reviewer's queue then costs far less memory per session.
        grid.addColumn(badge(c -> c.restrictedPartyHit() ? "Party match" : "",
                c -> c.restrictedPartyHit() ? "badge error small" : ""))
                .setHeader("Flags").setKey("restrictedPartyHit").setSortable(true);
        grid.addColumn(CaseSummary::organisation).setHeader("Exporter").setKey("organisation.name").setSortable(true);
        grid.addColumn(CaseSummary::destinationCountry).setHeader("Destination").setKey("destinationCountry")
                .setSortable(true);
        grid.addColumn(CaseSummary::tier).setHeader("Tier").setKey("screeningTier").setSortable(true);
        grid.addColumn(badge(c -> c.status().label(), c -> StatusBadge.theme(c.status()))).setHeader("Status")
                .setKey("status").setSortable(true);
        grid.addColumn(c -> Formats.number(c.totalTpp(), locale)).setHeader("Total TPP").setKey("totalTpp")
                .setSortable(true);
        grid.addColumn(badge(c -> slaText(c, locale), ReviewQueueView::slaTheme)).setHeader("Due").setKey("slaDueAt")
                .setSortable(true);
        grid.addColumn(c -> c.assignee() == null ? "Unclaimed"
                : c.assignee() + " since " + Formats.dateTime(c.claimedAt(), locale))
                .setHeader("Claimed by").setKey("assignee").setSortable(true).setAutoWidth(true);
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> review.queue(current, filter, toSpringPageRequest(query)).stream());
        // A screen shows about twenty rows: pages of 25 rather than 50 halve the rows an open queue keeps in the
        // session and the rows each page reads.
        grid.setPageSize(25);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setId("review-queue");
        grid.setEmptyStateText("Nothing in this queue.");
        QueueFilterBar filters = new QueueFilterBar(f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        });
        BulkBar bulk = new BulkBar(() -> grid.getSelectedItems().stream().map(CaseSummary::reference).toList(),
                review::claimAll, review::releaseAll, review::reassignAll,
                () -> reviewers.teamMembers(currentUser.require().teamCode()), () -> {
                    grid.deselectAll();
                    grid.getDataProvider().refreshAll();
                    refreshCounts();
                });
        grid.addSelectionListener(e -> bulk.selectionChanged(e.getAllSelectedItems().size()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewCaseView.class,
                new RouteParameters("reference", e.getItem().reference()))));
        refreshCounts();
        setSizeFull();
        SavedViewsBar saved = new SavedViewsBar(savedViews,
                () -> new SavedView(0, "", "", false, current, filter), view -> {
                    bar.setSelectedTab(tabs.get(view.queue()));
                    filters.apply(view.filter());
                });
        add(new H2("Review queues"), saved, bar, filters, bulk, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Runs under UI.access, where Vaadin's security-context strategy finds this user's sign-in in the session.
        pushRegistration = broadcaster.register(event.getUI(), () -> {
            grid.getDataProvider().refreshAll();
            refreshCounts();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pushRegistration != null) {
            pushRegistration.remove();
        }
    }

    private void refreshCounts() {
        tabs.forEach((queue, tab) -> {
            tab.removeAll();
            tab.add(new Span(queue.label() + " "), badge(review.count(queue), queue == Queue.OVERDUE));
        });
    }

    private static Span badge(long count, boolean alarming) {
        Span badge = new Span(Long.toString(count));
        badge.getElement().getThemeList().add(alarming ? "badge error pill small" : "badge pill small");
        return badge;
    }

    private static LitRenderer<CaseSummary> badge(ValueProvider<CaseSummary, String> text,
            ValueProvider<CaseSummary, String> theme) {
        return LitRenderer.<CaseSummary>of("<span theme=\"${item.theme}\">${item.text}</span>")
                .withProperty("text", text).withProperty("theme", theme);
    }

    private static String slaText(CaseSummary c, Locale locale) {
        return c.slaState() == null || c.slaDueAt() == null ? "—"
                : c.slaState().label() + " · " + Formats.dateTime(c.slaDueAt(), locale);
    }

    private static String slaTheme(CaseSummary c) {
        if (c.slaState() == null || c.slaDueAt() == null) {
            return "";
        }
        return switch (c.slaState()) {
            case OVERDUE -> "badge error";
            case WARNING -> "badge";
            case PAUSED -> "badge contrast";
            default -> "badge success";
        };
    }
}
