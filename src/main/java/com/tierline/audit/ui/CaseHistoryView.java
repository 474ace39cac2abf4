package com.tierline.audit.ui;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealHearings;
import com.tierline.appeal.ui.CaseAppeals;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.history.service.CaseHistoryLog;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.ui.CaseSummaryPanel;
import com.tierline.application.ui.DecisionHistoryList;
import com.tierline.application.ui.ScreeningHistory;
import com.tierline.application.ui.StatusBadge;
import com.tierline.audit.service.CaseDiagrams;
import com.tierline.audit.service.CaseExports;
import com.tierline.audit.service.CaseTimeline;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentList;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.UserDirectory;
import com.tierline.routing.service.CaseRouter;
import com.tierline.routing.ui.RoutedTo;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * Everything about one case for an auditor, read-only: the process diagram with the path taken, the merged
 * timeline, each screening as recorded, documents, and a PDF dossier to take away. No control changes anything.
 */
@Route("audit/cases/:reference")
@PageTitle("Case history · Tierline")
@RolesAllowed(Role.AUDITOR_)
public class CaseHistoryView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final CaseTimeline timeline;
    private final CaseDiagrams diagrams;
    private final CaseExports exports;
    private final DocumentStore documents;
    private final AppealHearings hearings;
    private final CaseHistoryLog history;
    private final DecisionLetters letters;
    private final UserDirectory people;
    private final CaseRouter routing;

    public CaseHistoryView(ApplicationService applications, CaseTimeline timeline, CaseDiagrams diagrams,
            CaseExports exports, DocumentStore documents, CaseHistoryLog history, DecisionLetters letters,
            AppealHearings hearings, UserDirectory people, CaseRouter routing) {
        this.people = people;
        this.routing = routing;
        this.history = history;
        this.letters = letters;
        this.applications = applications;
        this.hearings = hearings;
        this.timeline = timeline;
        this.diagrams = diagrams;
        this.exports = exports;
        this.documents = documents;
        setMaxWidth("1300px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        applications.find(reference).ifPresentOrElse(this::show,
                () -> event.rerouteToError(NotFoundException.class));
    }

    /** One run of the process; a case reopened after an appeal shows its earlier, ended runs first. */
    private Div diagram(String reference, CaseDiagrams.Diagram d, int run, int runs) {
        String suffix = runs == 1 ? "" : "-" + run;
        Image picture = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(d.png()), reference + "-process" + suffix + ".png", "image/png",
                d.png().length)), "Process diagram of " + reference + (runs == 1 ? "" : ", run " + run));
        picture.setId("process-diagram" + suffix);
        picture.setMaxWidth("100%");
        Span where = new Span(d.ended() ? "The process has ended."
                : "The case is now at " + String.join(" and ", d.currentSteps()) + ".");
        where.setId("current-step" + suffix);
        String heading = "Process: " + d.processName() + (runs == 1 ? "" : " (run " + run + " of " + runs + ")");
        return new Div(new H3(heading), new Paragraph("Red: the steps and flows this run has passed through ("
                + d.stepsTaken() + " steps)."), where, picture);
    }

    private void show(CaseDetails c) {
        removeAll();
        H2 title = new H2(c.reference());
        title.setId("case-reference");
        Anchor dossier = new Anchor(DownloadHandler.fromInputStream(e -> exports.dossier(c.reference())
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), "dossier-" + c.reference() + ".pdf",
                        "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(404))), "Case dossier (PDF)");
        dossier.setId("dossier");
        dossier.getElement().setAttribute("download", true);
        HorizontalLayout header = new HorizontalLayout(title, new StatusBadge(c.status()), dossier);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new RoutedTo(routing.routingsOf(c.reference()), getLocale()));
        List<Appeal> appeals = hearings.appealsOfCase(c.reference());
        if (!appeals.isEmpty()) {
            add(CaseAppeals.of(appeals, false));
        }

        List<CaseDiagrams.Diagram> runs = diagrams.runsOf(c.reference());
        for (int i = 0; i < runs.size(); i++) {
            add(diagram(c.reference(), runs.get(i), i + 1, runs.size()));
        }
        add(new H3("Decision history"), new DecisionHistoryList(c.reference(), history.of(c.reference()), letters,
                people::nameAndUsername, getLocale()));
        MergedTimelineGrid merged = new MergedTimelineGrid(timeline.of(c.reference(), getLocale()), getLocale());
        add(new H3("Timeline"), merged.detailsToggle(), merged,
                new H3("Screenings"), new ScreeningHistory(c.screenings(), getLocale()), new H3("Documents"),
                new DocumentList("case-documents", documents.forCase(c.reference()), documents, getLocale()),
                new CaseSummaryPanel(c, getLocale(), people::nameAndUsername));
    }
}
