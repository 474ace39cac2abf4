package com.tierline.administration.ui;

import com.tierline.application.service.RuleSetChanges;
import com.tierline.application.service.RuleSetChanges.OutcomeChange;
import com.tierline.identity.domain.Role;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.RuleSetRefusedException;
import com.tierline.screening.service.RuleSetVersion;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.util.List;

/** Rule-set versions: list them, draft a new one with destinations moved, dry-run it, publish it. */
@Route("admin/rulesets")
@PageTitle("Rule sets · Tierline")
@RolesAllowed(Role.ADMIN_)
public class RuleSetsView extends VerticalLayout {

    private final RuleSetCatalog ruleSets;
    private final RuleSetChanges changes;
    private final Grid<RuleSetVersion> versions = new Grid<>(RuleSetVersion.class, false);
    private final Grid<OutcomeChange> dryRun = new Grid<>(OutcomeChange.class, false);
    private final Paragraph dryRunSummary = new Paragraph();
    private final Button runDry = new Button("Dry run");
    private final Button publish = new Button("Publish…");

    public RuleSetsView(RuleSetCatalog ruleSets, RuleSetChanges changes) {
        this.ruleSets = ruleSets;
        this.changes = changes;
        versions.addColumn(RuleSetVersion::version).setHeader("Version").setAutoWidth(true);
        versions.addColumn(v -> Formats.date(v.effectiveFrom(), getLocale())).setHeader("Effective from").setAutoWidth(true);
        versions.addColumn(v -> v.status() == RuleSetVersion.Status.DRAFT ? "Draft" : "Published").setHeader("Status").setAutoWidth(true);
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
        add(new H2("Rule sets"), new Paragraph("The version in force is the published one with the latest effective "
                + "date not after today: " + ruleSets.current().version() + "."), versions,
                new HorizontalLayout(runDry, publish), dryRunSummary, dryRun, new H3("New draft"), form);
        refresh();
    }

    private void refresh() {
        versions.setItems(ruleSets.versions());
        selectionChanged();
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
                : result.size() + " open case(s) would change under " + version + ":");
    }

    private void confirmPublish() {
        String version = versions.asSingleSelect().getValue().version();
        ConfirmDialog dialog = new ConfirmDialog("Publish " + version + "?", "Once it is in force, every open case "
                + "is screened again under it. Published versions cannot be edited.", "Publish", e -> {
                    List<OutcomeChange> changed = changes.publish(version);
                    Notification.show(version + " published; " + changed.size() + " open case(s) changed.", 5000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.open();
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
