package com.tierline.application.ui;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentList;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.application.domain.SlaState;
import com.tierline.application.service.CaseActionRefusedException;
import com.tierline.history.service.CaseHistoryLog;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.service.ExporterRequests;
import com.tierline.application.service.InvalidApplicationException;
import com.tierline.shared.Formats;
import com.tierline.shared.ui.Confirmation;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/** The exporter's case page: what was filed, the pre-screen, and the decision with its reason. */
@Route("applications/:reference")
@PageTitle("Application · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final ExporterRequests exporterRequests;

    private final DecisionLetters letters;
    private final DocumentStore documents;
    private final CaseHistoryLog history;
    private final ObjectProvider<ExporterCaseSection> sections;
    private final UserDirectory people;

    public ApplicationView(ApplicationService applications, ExporterRequests exporterRequests,
            DecisionLetters letters, DocumentStore documents, CaseHistoryLog history,
            ObjectProvider<ExporterCaseSection> sections, UserDirectory people) {
        this.people = people;
        this.history = history;
        this.sections = sections;
        this.letters = letters;
        this.documents = documents;
        this.applications = applications;
        this.exporterRequests = exporterRequests;
        setMaxWidth("1100px");
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
        StatusBadge status = new StatusBadge(c.status());
        status.setId("case-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        add(header);
        if (c.status() == ApplicationStatus.DRAFT) {
            Button edit = new Button("Edit draft", e -> getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.class,
                    new RouteParameters("reference", c.reference()))));
            edit.setId("edit-draft");
            Button submit = new Button("Submit application", e -> submit(c.reference()));
            submit.setId("submit-draft");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(edit, submit));
        }
        if (c.slaDueAt() != null && (c.slaState() == SlaState.RUNNING || c.slaState() == SlaState.WARNING
                || c.slaState() == SlaState.OVERDUE)) {
            Paragraph expected = new Paragraph("Decision expected by " + Formats.dateTime(c.slaDueAt(), getLocale())
                    + ".");
            expected.setId("expected-decision");
            add(expected);
        } else if (c.status() == ApplicationStatus.AWAITING_EXPORTER) {
            Paragraph paused = new Paragraph("The decision clock is paused until you answer the question below.");
            paused.setId("expected-decision");
            add(paused);
        }
        if (c.status() != ApplicationStatus.DRAFT) {
            // Parties and items carried over; documents and the declaration are given afresh on the new draft.
            Button again = new Button("Start a new application from this one", e -> {
                String started = applications.startFrom(c.reference());
                getUI().ifPresent(ui -> ui.navigate(ApplicationFormView.class, new RouteParameters("reference",
                        started)));
            });
            again.setId("start-from");
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(again);
        }
        if (ExporterRequests.WITHDRAWABLE.contains(c.status())) {
            Button withdraw = new Button("Withdraw application", e -> confirmWithdrawal(c.reference()));
            withdraw.setId("withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(withdraw);
        }
        if (c.status() == ApplicationStatus.DENIED) {
            // A link by address: the appeal feature builds on this one, not the other way round.
            Anchor appeal = new Anchor("appeals?case=" + c.reference(), "Appeal this decision (within 45 days)");
            appeal.setId("appeal-link");
            add(appeal);
        }
        List<ExporterCaseSection.Contribution> contributed = sections.orderedStream()
                .flatMap(s -> s.contribute(c, getLocale(), () -> applications.find(c.reference())
                        .ifPresent(this::show)).stream())
                .toList();
        contributed.forEach(part -> add(part.component()));
        if (c.decision() != null) {
            add(CaseSummaryPanel.letterLink(c, letters));
        }
        var filed = documents.forCase(c.reference());
        add(new ExporterTimeline(c, contributed.stream().flatMap(part -> part.moments().stream()).toList(), filed,
                history.of(c.reference()), letters, people::displayName, getLocale()));
        add(new H3("Documents"), new DocumentList("case-documents", filed, documents, getLocale()));
        add(new CaseSummaryPanel(c, getLocale()));
    }

    private void confirmWithdrawal(String reference) {
        Confirmation.of("Withdraw " + reference + "?", "Withdraw " + reference + ": the case is closed without a "
                + "decision and cannot be reopened; any allocation it holds is released. You can file a new "
                + "application later.", "Withdraw", ButtonVariant.LUMO_ERROR, () -> {
                    try {
                        exporterRequests.withdraw(reference);
                        applications.find(reference).ifPresent(this::show);
                    } catch (CaseActionRefusedException refused) {
                        Notification.show(refused.getMessage(), 5000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }).safeChoice("Keep the application").open();
    }

    private void submit(String reference) {
        try {
            applications.submit(reference);
            applications.find(reference).ifPresent(this::show);
        } catch (InvalidApplicationException e) {
            Notification.show("This draft is not complete: " + String.join("; ", e.fieldErrors().values())
                    + ". Edit it first.", 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
