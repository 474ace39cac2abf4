package com.tierline.review.ui;

import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentList;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealHearings;
import com.tierline.appeal.ui.CaseAppeals;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseDetails;
import com.tierline.history.service.CaseHistoryLog;
import com.tierline.application.service.DecisionLetters;
import com.tierline.application.ui.DecisionHistoryList;
import com.tierline.sla.service.SlaClock;
import com.tierline.sla.ui.SlaPanel;
import com.tierline.audit.service.AuditTrail;
import com.tierline.audit.ui.TimelineGrid;
import com.vaadin.flow.component.html.H3;
import com.tierline.application.ui.CaseSummaryPanel;
import com.tierline.rfi.service.InformationRequestRefusedException;
import com.tierline.rfi.service.InformationRequests;
import com.tierline.rfi.ui.InformationRequestsPanel;
import com.tierline.application.ui.StatusBadge;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.UserDirectory;
import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.ReviewService;
import com.tierline.routing.service.CaseRouter;
import com.tierline.routing.ui.RoutedTo;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.Refusal;
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
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.RuleSetCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.flowable.common.engine.api.FlowableException;

/** A reviewer's case page: the facts, the pre-screen findings and the decision panel. */
@Route("review/:reference")
@PageTitle("Review case · Tierline")
@RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
public class ReviewCaseView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationService applications;
    private final ReviewService review;
    private final CurrentUser currentUser;
    private final InformationRequests informationRequests;
    private String reference;

    private final DecisionLetters letters;
    private final SlaClock sla;
    private final AuditTrail audit;
    private final DocumentStore documents;
    private final AppealHearings hearings;
    private final CaseHistoryLog history;
    private final int appealWindowDays;
    private final RuleSetCatalog ruleSets;
    private final UserDirectory people;
    private final CaseRouter routing;

    public ReviewCaseView(ApplicationService applications, ReviewService review, CurrentUser currentUser,
            InformationRequests informationRequests, DecisionLetters letters, SlaClock sla, AuditTrail audit,
            DocumentStore documents, CaseHistoryLog history, AppealHearings hearings, RuleSetCatalog ruleSets,
            UserDirectory people, @Value("${tierline.appeal.window-days:45}") int appealWindowDays,
            CaseRouter routing) {
        this.people = people;
        this.routing = routing;
        this.history = history;
        this.ruleSets = ruleSets;
        this.appealWindowDays = appealWindowDays;
        this.documents = documents;
        this.hearings = hearings;
        this.letters = letters;
        this.sla = sla;
        this.audit = audit;
        this.informationRequests = informationRequests;
        this.applications = applications;
        this.review = review;
        this.currentUser = currentUser;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get("reference").orElseThrow();
        if (applications.find(reference).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        CaseDetails c = applications.find(reference).orElseThrow();
        removeAll();
        H2 title = new H2(c.reference());
        title.setId("case-reference");
        StatusBadge status = new StatusBadge(c.status());
        status.setId("case-status");
        HorizontalLayout header = new HorizontalLayout(title, status);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new RoutedTo(routing.routingsOf(reference), getLocale()));
        List<Appeal> appeals = hearings.appealsOfCase(reference);
        if (!appeals.isEmpty()) {
            add(CaseAppeals.of(appeals, currentUser.require().has(Role.SENIOR_REVIEWER)));
        }
        if (ApplicationStatus.IN_REVIEW.contains(c.status()) || c.status() == ApplicationStatus.ESCALATED) {
            DecisionPanel panel = new DecisionPanel(c, currentUser.require().getUsername(), people::nameAndUsername,
                    review.availableActions(reference), ruleSets.byVersion(c.ruleSetVersion())
                            .country(c.destinationCountry()).map(CountryTier::name).orElse(c.destinationCountry()),
                    review.licenceValidUntilIfApprovedToday(), appealWindowDays);
            panel.addActionListener(e -> act(panel, e));
            add(panel);
        }
        add(new SlaPanel(c, sla.historyOf(reference), getLocale()));
        var requests = informationRequests.requestsFor(reference);
        if (!requests.isEmpty()) {
            add(new InformationRequestsPanel(requests, getLocale(), people::nameAndUsername));
        }
        add(new H3("Decision history"), new DecisionHistoryList(reference, history.of(reference), letters,
                people::nameAndUsername, getLocale()));
        add(new H3("Timeline"), new TimelineGrid(audit.caseHistory(reference), getLocale(),
                people::nameAndUsername));
        if (c.decision() != null) {
            add(CaseSummaryPanel.letterLink(c, letters));
        }
        add(new com.vaadin.flow.component.html.H3("Documents"),
                new DocumentList("case-documents", documents.forCase(c.reference()), documents, getLocale()));
        add(new CaseSummaryPanel(c, getLocale(), people::nameAndUsername));
    }

    private void act(DecisionPanel panel, DecisionPanel.ActionEvent e) {
        try {
            switch (e.action) {
                case CLAIM -> review.claim(reference);
                case RELEASE -> review.release(reference);
                case APPROVE -> review.approve(reference, e.reason);
                case DENY -> review.deny(reference, e.denialReason, e.reason);
                case REQUEST_INFORMATION -> informationRequests.ask(reference, e.reason);
                case ESCALATE -> review.escalate(reference, e.reason);
            }
            String done = switch (e.action) {
                case CLAIM -> "You claimed " + reference + ".";
                case RELEASE -> reference + " is back in the team queue.";
                case APPROVE -> reference + " approved. The exporter can see the decision now.";
                case DENY -> reference + " denied. The exporter can see the decision now.";
                case REQUEST_INFORMATION -> "Question sent; " + reference + " waits for the exporter's reply.";
                case ESCALATE -> reference + " escalated to senior review.";
            };
            Notification.show(done, 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ReviewRefusedException refused) {
            Optional<Refusal> denialReason = refused.about(ReviewService.DENIAL_REASON_FIELD);
            Optional<Refusal> reason = refused.about(ReviewService.REASON_FIELD);
            denialReason.ifPresent(r -> panel.showDenialReasonError(r.message()));
            reason.ifPresent(r -> panel.showReasonError(r.message()));
            if (denialReason.isPresent() || reason.isPresent()) {
                return;
            }
            warn(refused.getMessage());
        } catch (InformationRequestRefusedException refused) {
            // The question is typed into the panel's one reason box.
            Optional<Refusal> question = refused.about(InformationRequests.QUESTION_FIELD);
            if (question.isPresent()) {
                panel.showReasonError(question.get().message());
                return;
            }
            warn(refused.getMessage());
        } catch (OptimisticLockingFailureException | FlowableException concurrent) {
            warn(ConcurrentChange.of(reference));
        }
        refresh();
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
