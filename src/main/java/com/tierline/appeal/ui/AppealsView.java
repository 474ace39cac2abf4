package com.tierline.appeal.ui;

import com.tierline.document.service.DocumentStore;
import com.tierline.application.service.DecisionLetters;

import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealHearings;
import com.tierline.appeal.service.AppealRefusedException;
import com.tierline.appeal.service.AppealService;
import com.tierline.appeal.service.AppealService.Outcome;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.UserDirectory;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.tierline.shared.ui.Confirmation;
import jakarta.annotation.security.RolesAllowed;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.RuleSetCatalog;

/** Open appeals for senior reviewers: decide (uphold, dismiss, refer to a panel) or vote on the panel. */
@Route("review/appeals")
@PageTitle("Appeals · Tierline")
@RolesAllowed(Role.SENIOR_REVIEWER_)
public class AppealsView extends VerticalLayout implements BeforeEnterObserver {

    private final AppealService appeals;
    private final Grid<Appeal> grid = new Grid<>(Appeal.class, false);
    private final Paragraph selected = new Paragraph("Select an appeal.");
    private final TextArea reason = new TextArea("Reason");
    private final HorizontalLayout buttons = new HorizontalLayout();
    private java.util.List<Appeal> open = java.util.List.of();

    private final DocumentStore documents;
    private final com.vaadin.flow.component.html.Div hearingArea = new com.vaadin.flow.component.html.Div();

    private final AppealHearings hearings;
    private final DecisionLetters letters;
    private final RuleSetCatalog ruleSets;
    private final UserDirectory people;

    public AppealsView(AppealService appeals, AppealHearings hearings, DocumentStore documents,
            DecisionLetters letters, RuleSetCatalog ruleSets, UserDirectory people) {
        this.people = people;
        this.ruleSets = ruleSets;
        this.appeals = appeals;
        this.hearings = hearings;
        this.letters = letters;
        this.documents = documents;
        grid.addColumn(Appeal::getReference).setHeader("Appeal").setAutoWidth(true);
        grid.addColumn(a -> a.getKind() == Appeal.Kind.DENIAL ? "Denial" : "Tier upgrade: "
                + Formats.country(a.getDestinationCountry(), getLocale()))
                .setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> a.getStatus() == Appeal.Status.PANEL ? "Panel" : "Review").setHeader("Stage");
        grid.addColumn(a -> Formats.dateTime(a.getFiledAt(), getLocale())).setHeader("Filed").setAutoWidth(true);
        grid.addColumn(Appeal::getGrounds).setHeader("Grounds").setFlexGrow(3);
        grid.setId("open-appeals");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No appeals to hear. Each appeal an exporter files waits here until it is decided.");
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        reason.setId("appeal-reason");
        reason.setWidthFull();
        // The decision sits above the dossier: a senior reads down from it and need not scroll back to decide.
        add(new H2("Appeals"), grid, selected, reason, buttons, hearingArea);
        refresh();
    }

    private void show(Appeal appeal) {
        buttons.removeAll();
        hearingArea.removeAll();
        // A reason field with nothing to decide reads as a form to fill: it appears with the appeal chosen.
        reason.setVisible(appeal != null);
        if (appeal == null) {
            selected.setText("Select an appeal.");
            selected.setVisible(!open.isEmpty());
            return;
        }
        selected.setVisible(true);
        selected.setText("Decide " + appeal.getReference() + " with a reason; the case and the grounds follow below.");
        hearings.hearing(appeal.getReference()).ifPresent(h -> hearingArea.add(new AppealHearing(h, documents, letters,
                people::nameAndUsername, getLocale())));
        if (appeal.getStatus() == Appeal.Status.PANEL) {
            buttons.add(button("Vote to uphold", "vote-uphold", () -> AppealNotices.voted(appeal, Outcome.UPHOLD,
                    appeals.vote(appeal.getReference(), Outcome.UPHOLD, reason.getValue()), getLocale())),
                    button("Vote to dismiss", "vote-dismiss", () -> AppealNotices.voted(appeal, Outcome.DISMISS,
                            appeals.vote(appeal.getReference(), Outcome.DISMISS, reason.getValue()), getLocale())));
        } else {
            buttons.add(confirmed("Uphold", "uphold", appeal, Outcome.UPHOLD),
                    confirmed("Dismiss", "dismiss", appeal, Outcome.DISMISS),
                    confirmed("Refer to a panel", "refer-panel", appeal, Outcome.PANEL));
        }
    }

    private String decide(Appeal appeal, Outcome outcome) {
        appeals.decide(appeal.getReference(), outcome, reason.getValue());
        return AppealNotices.decided(appeal, outcome, getLocale());
    }

    /**
     * A decision on the appeal, asked about first with its consequence in words. Without a reason nothing would
     * happen, so the refusal is shown on the field at once instead.
     */
    private Button confirmed(String label, String id, Appeal appeal, Outcome outcome) {
        Button button = new Button(label, e -> {
            if (!reason.getValue().isBlank()) {
                Confirmation.of(label + " " + appeal.getReference() + "?", consequence(appeal, outcome), label,
                        outcome == Outcome.DISMISS ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST,
                        () -> run(() -> decide(appeal, outcome))).open();
            } else {
                run(() -> decide(appeal, outcome));
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    /** {@code ?appeal=APL-…} opens that appeal's hearing, as the case pages link to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("appeal").flatMap(ref -> appeals.openAppeals()
                .stream().filter(a -> a.getReference().equals(ref)).findFirst()).ifPresent(grid::select);
    }

    private String consequence(Appeal appeal, Outcome outcome) {
        boolean denial = appeal.getKind() == Appeal.Kind.DENIAL;
        String destination = denial ? null
                : ruleSets.current().country(appeal.getDestinationCountry()).map(CountryTier::name)
                        .orElse(appeal.getDestinationCountry());
        return switch (outcome) {
            case UPHOLD -> "Uphold " + appeal.getReference() + ": " + (denial
                    ? "the denial is set aside and the case is screened and reviewed again from the start."
                    : "a draft rule set moving " + destination + " to Tier 1 is created; it applies only once an "
                            + "administrator publishes it.");
            case DISMISS -> "Dismiss " + appeal.getReference() + ": " + (denial ? "the denial stands"
                    : destination + " keeps its tier") + ". This ends the appeal.";
            case PANEL -> "Refer " + appeal.getReference() + " to a panel: two other senior reviewers who agree "
                    + "decide it; you can no longer decide it yourself.";
        };
    }

    private Button button(String label, String id, java.util.function.Supplier<String> action) {
        Button button = new Button(label, e -> run(action));
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    private void run(java.util.function.Supplier<String> action) {
        try {
            Notification.show(action.get(), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reason.clear();
            reason.setInvalid(false);
            refresh();
        } catch (AppealRefusedException refused) {
            refused.about(AppealService.REASON_FIELD).ifPresentOrElse(r -> {
                reason.setErrorMessage(r.message());
                reason.setInvalid(true);
            }, () -> Notification.show(refused.getMessage(), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private void refresh() {
        open = appeals.openAppeals();
        grid.setItems(open);
        show(null);
    }
}
