package com.tierline.audit.ui;

import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentList;

import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.ui.CaseSummaryPanel;
import com.tierline.application.ui.StatusBadge;
import com.tierline.audit.service.AuditTrail;
import com.tierline.identity.domain.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** An auditor's view of one case: who did what and when, from the hash-chained audit log. Read-only. */
@Route("audit/cases/:reference")
@PageTitle("Case history · Tierline")
@RolesAllowed(Role.AUDITOR_)
public class CaseHistoryView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final AuditTrail audit;

    private final DocumentStore documents;

    public CaseHistoryView(ApplicationService applications, AuditTrail audit, DocumentStore documents) {
        this.documents = documents;
        this.applications = applications;
        this.audit = audit;
        setMaxWidth("1200px");
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
        HorizontalLayout header = new HorizontalLayout(title, new StatusBadge(c.status()));
        header.setAlignItems(Alignment.BASELINE);

        TimelineGrid timeline = new TimelineGrid(audit.caseHistory(c.reference()), getLocale());
        add(header, new H3("Timeline"), timeline, new H3("Screenings"),
                new ScreeningHistory(c.screenings(), getLocale()), new H3("Documents"),
                new DocumentList("case-documents", documents.forCase(c.reference()), documents, getLocale()),
                new CaseSummaryPanel(c, getLocale()));
    }
}
