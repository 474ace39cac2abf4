package com.tierline.review.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.ui.AppealsView;
import com.tierline.application.service.CaseSummary;
import com.tierline.application.ui.CountryPicker;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.ReviewerDirectory;
import com.tierline.identity.service.UserDirectory;
import com.tierline.review.service.QueueFilter;
import com.tierline.review.service.BulkReview;
import com.tierline.review.service.ReviewQueue;
import com.tierline.review.service.ReviewQueues;
import com.tierline.review.service.SavedView;
import com.tierline.review.service.SavedViews;
import com.tierline.screening.service.RuleSetCatalog;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The reviewer's queues as tabs with counts; each grid pages and sorts in the database. */
@Route("review")
@PageTitle("Review queue · Tierline")
@RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
public class ReviewQueueView extends VerticalLayout {

    private final ReviewQueues review;
    private final QueueBroadcaster broadcaster;
    private Registration pushRegistration;
    private final Map<ReviewQueue, Tab> tabs = new EnumMap<>(ReviewQueue.class);
    private final QueueGrid grid;
    private ReviewQueue current = ReviewQueue.UNASSIGNED;
    private QueueFilter filter = QueueFilter.NONE;

    public ReviewQueueView(ReviewQueues review, BulkReview bulkReview, QueueBroadcaster broadcaster, CurrentUser currentUser,
            ReviewerDirectory reviewers, SavedViews savedViews, AppealService appeals, RuleSetCatalog ruleSets,
            UserDirectory directory) {
        this.review = review;
        this.broadcaster = broadcaster;
        // One look-up per colleague for the life of the page, not one per row and refresh.
        UnaryOperator<String> people = directory.names();
        this.grid = new QueueGrid(getLocale(), CountryPicker.labels(ruleSets.destinations()), people);
        Tabs bar = new Tabs();
        for (ReviewQueue queue : ReviewQueue.values()) {
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
        grid.setItems(query -> review.queue(current, filter, toSpringPageRequest(query)).stream());
        QueueFilterBar filters = new QueueFilterBar(ruleSets.destinations(), f -> {
            filter = f;
            grid.getDataProvider().refreshAll();
        });
        BulkBar bulk = new BulkBar(() -> grid.getSelectedItems().stream().map(CaseSummary::reference).toList(),
                bulkReview::claimAll, bulkReview::releaseAll, bulkReview::reassignAll,
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
                }, people);
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
            tab.add(new Span(queue.label() + " "), badge(review.count(queue), queue == ReviewQueue.OVERDUE));
        });
    }

    private static Span badge(long count, boolean alarming) {
        Span badge = new Span(Long.toString(count));
        badge.getElement().getThemeList().add(alarming ? "badge error pill small" : "badge pill small");
        return badge;
    }
}
