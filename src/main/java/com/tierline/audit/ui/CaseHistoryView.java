package com.tierline.audit.ui;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.ui.CaseSummaryPanel;
import com.tierline.application.ui.StatusBadge;
import com.tierline.audit.service.CaseDiagrams;
import com.tierline.audit.service.CaseExports;
import com.tierline.audit.service.CaseTimeline;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentList;
import com.tierline.identity.domain.Role;
import com.vaadin.flow.component.html.Anchor;
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

    public CaseHistoryView(ApplicationService applications, CaseTimeline timeline, CaseDiagrams diagrams,
            CaseExports exports, DocumentStore documents) {
        this.applications = applications;
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
        add(header);

        diagrams.of(c.reference()).ifPresent(d -> {
            Image picture = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                    new ByteArrayInputStream(d.png()), c.reference() + "-process.png", "image/png", d.png().length)),
                    "Process diagram of " + c.reference());
            picture.setId("process-diagram");
            picture.setMaxWidth("100%");
            Span where = new Span(d.currentSteps().isEmpty() ? "The process has ended."
                    : "The case is now at " + String.join(" and ", d.currentSteps()) + ".");
            where.setId("current-step");
            add(new H3("Process: " + d.processName()), new Paragraph("Red: the steps and flows this case has "
                    + "passed through (" + d.stepsTaken() + " steps)."), where, picture);
        });
        MergedTimelineGrid merged = new MergedTimelineGrid(timeline.of(c.reference(), getLocale()), getLocale());
        add(new H3("Timeline"), merged.detailsToggle(), merged,
                new H3("Screenings"), new ScreeningHistory(c.screenings(), getLocale()), new H3("Documents"),
                new DocumentList("case-documents", documents.forCase(c.reference()), documents, getLocale()),
                new CaseSummaryPanel(c, getLocale()));
    }
}
