package com.tierline.administration.ui;

import com.tierline.administration.service.RuleSetChanges;
import com.tierline.administration.service.RuleSetChanges.OutcomeChange;
import com.tierline.administration.service.RuleSetChanges.Publication;
import com.tierline.shared.ui.Confirmation;
import com.tierline.identity.domain.Role;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.RuleSetRefusedException;
import com.tierline.screening.service.RuleSetVersion;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Rule-set versions: list them, draft a new one with destinations moved, dry-run it, publish it. */
@Route("admin/rulesets")
@PageTitle("Rule sets · Tierline")
@RolesAllowed(Role.ADMIN_)
public class RuleSetsView extends VerticalLayout {

    private final RuleSetCatalog ruleSets;
    private final RuleSetChanges changes;
    private final Clock clock;
    private final Grid<RuleSetVersion> versions = new Grid<>(RuleSetVersion.class, false);
    private final Grid<OutcomeChange> dryRun = new Grid<>(OutcomeChange.class, false);
    private final Paragraph dryRunSummary = new Paragraph();
    private final Button runDry = new Button("Dry run");
    private final Button publish = new Button("Publish…");
    private final Paragraph inForce = new Paragraph();
    private final Paragraph scheduled = new Paragraph();

    public RuleSetsView(RuleSetCatalog ruleSets, RuleSetChanges changes, Clock clock) {
        this.clock = clock;
        this.ruleSets = ruleSets;
        this.changes = changes;
        versions.addColumn(RuleSetVersion::version).setHeader("Version").setAutoWidth(true);
        versions.addColumn(v -> Formats.date(v.effectiveFrom(), getLocale())).setHeader("Effective from")
                .setAutoWidth(true);
        versions.addColumn(this::standing).setHeader("Status").setAutoWidth(true);
        versions.addColumn(RuleSetVersion::description).setHeader("Description").setFlexGrow(3);
        versions.addColumn(v -> v.publishedBy() == null ? "—"
                : v.publishedBy() + ", " + Formats.dateTime(v.publishedAt(), getLocale())).setHeader("Published");
        versions.setAllRowsVisible(true);
        versions.setId("rule-set-versions");
        // Long names and descriptions wrap in their cell rather than end in "…" on a 1366-pixel screen.
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.addSelectionListener(e -> selectionChanged());

        dryRun.addColumn(OutcomeChange::reference).setHeader("Case").setAutoWidth(true);
        dryRun.addColumn(OutcomeChange::organisation).setHeader("Exporter");
        dryRun.addColumn(OutcomeChange::destination).setHeader("Destination");
        dryRun.addColumn(c -> c.fromOutcome() + " (Tier " + c.fromTier() + ")").setHeader("Now");
        dryRun.addColumn(c -> c.toOutcome() + " (Tier " + c.toTier() + ")").setHeader("Under this version");
        dryRun.setAllRowsVisible(true);
        dryRun.setId("dry-run");
        dryRun.setVisible(false);

        runDry.setId("dry-run-button");
        runDry.addClickListener(e -> showDryRun());
        publish.setId("publish-button");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());

        DraftForm form = new DraftForm(ruleSets.destinations());
        form.addCreateListener(e -> createDraft(e.request()));
        inForce.setId("rule-set-in-force");
        scheduled.setId("rule-set-scheduled");
        add(new H2("Rule sets"), inForce, scheduled, versions,
                new HorizontalLayout(runDry, publish), dryRunSummary, dryRun, new H3("New draft"), form);
        refresh();
    }

    private void refresh() {
        List<RuleSetVersion> all = ruleSets.versions();
        versions.setItems(all);
        RuleSetVersion current = ruleSets.find(ruleSets.current().version()).orElseThrow();
        inForce.setText("In force: " + current.version() + ", effective since "
                + Formats.date(current.effectiveFrom(), getLocale()) + ".");
        List<RuleSetVersion> ahead = all.stream().filter(this::isScheduled)
                .sorted(java.util.Comparator.comparing(RuleSetVersion::effectiveFrom)).toList();
        scheduled.setText(ahead.isEmpty() ? "No published version is waiting to take effect." : "Scheduled: "
                + String.join("; ", ahead.stream().map(v -> v.version() + " takes effect on "
                        + Formats.date(v.effectiveFrom(), getLocale())).toList())
                + ". Every case still open on that day is screened again under it then.");
        selectionChanged();
    }

    /** Published and waiting for its effective date (or for the poll that re-screens on it). */
    private boolean isScheduled(RuleSetVersion v) {
        return v.status() == RuleSetVersion.Status.PUBLISHED && v.rescreenedAt() == null
                && v.effectiveFrom().isAfter(LocalDate.now(clock));
    }

    private String standing(RuleSetVersion v) {
        if (v.status() == RuleSetVersion.Status.DRAFT) {
            return "Draft";
        }
        if (isScheduled(v)) {
            return "Scheduled for " + Formats.date(v.effectiveFrom(), getLocale());
        }
        return v.version().equals(ruleSets.current().version()) ? "In force" : "Superseded";
    }

    private void selectionChanged() {
        boolean draft = versions.asSingleSelect().getOptionalValue()
                .map(v -> v.status() == RuleSetVersion.Status.DRAFT).orElse(false);
        runDry.setEnabled(draft);
        publish.setEnabled(draft);
        dryRun.setVisible(false);
        dryRunSummary.setText(draft ? "" : "Select a draft to dry-run or publish it.");
    }

    private void showDryRun() {
        String version = versions.asSingleSelect().getValue().version();
        List<OutcomeChange> result = changes.dryRun(version);
        dryRun.setItems(result);
        dryRun.setVisible(!result.isEmpty());
        dryRunSummary.setText(result.isEmpty() ? "No open case would change under " + version + "."
                : Formats.count(result.size(), "open case", "open cases", getLocale()) + " would change under "
                        + version + ":");
    }

    private void confirmPublish() {
        RuleSetVersion draft = versions.asSingleSelect().getValue();
        String version = draft.version();
        int wouldChange = changes.dryRun(version).size();
        String date = Formats.date(draft.effectiveFrom(), getLocale());
        String consequence = draft.effectiveFrom().isAfter(LocalDate.now(clock))
                ? "Publish " + version + ": it takes effect on " + date + " and nothing changes before then. On that "
                        + "day every case still open is screened again under it (" + openNow() + " now, of which "
                        + changing(wouldChange, "would") + " if it applied today)."
                : "Publish " + version + ": it is in force from today, and every open case is screened again "
                        + "under it now (" + openNow() + ", of which " + changing(wouldChange, "will") + ").";
        Confirmation.of("Publish " + version + "?", consequence + " A published version cannot be edited.",
                "Publish", ButtonVariant.LUMO_PRIMARY, () -> published(changes.publish(version))).open();
    }

    private void published(Publication p) {
        String date = Formats.date(p.effectiveFrom(), getLocale());
        String text = p.inForceNow()
                ? p.version() + " is in force: " + Formats.count(p.rescreenedNow(), "open case was", "open cases were",
                        getLocale()) + " screened again under it, of which " + changing(p.changes().size(), "did") + "."
                : p.version() + " is published and takes effect on " + date + ". Nothing was re-screened yet: "
                        + "every case still open then (" + Formats.count(p.openNow(), "is", "are", getLocale())
                        + " open now) is screened again under it on that day.";
        Notification.show(text, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private String openNow() {
        return Formats.count(changes.openCases(), "open case", "open cases", getLocale());
    }

    /** "none would change its outcome", "1 would change its outcome", "3 would change their outcome". */
    private String changing(int n, String modal) {
        return n == 0 ? "none " + modal + " change its outcome" : Formats.count(n, modal + " change its outcome",
                modal + " change their outcome", getLocale());
    }

    private void createDraft(DraftForm.DraftRequest r) {
        try {
            ruleSets.createDraft(ruleSets.current().version(), r.version(), r.effectiveFrom(), r.tierChanges(),
                    r.thresholdChanges(), r.description());
            Notification.show("Draft " + r.version() + " created. Dry-run it before publishing.", 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RuleSetRefusedException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
