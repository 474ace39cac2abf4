package com.tierline.appeal.ui;

import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentRefusedException;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.ui.DocumentUploader;
import com.vaadin.flow.component.html.Span;
import com.tierline.appeal.domain.Appeal;
import com.tierline.appeal.service.AppealRefusedException;
import com.tierline.appeal.service.AppealService;
import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.tierline.application.ui.CountryPicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Objects;
import com.tierline.application.service.CaseIndex;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The exporter's appeals: appeal a denial (within 45 days) or petition for a destination's tier upgrade. */
@Route("appeals")
@PageTitle("Appeals · Tierline")
@RolesAllowed(Role.EXPORTER_)
public class MyAppealsView extends VerticalLayout implements BeforeEnterObserver {

    private final AppealService appeals;
    private final DocumentStore documents;
    /** The evidence of the appeals on show, read with them in one query rather than one per row and render. */
    private Map<String, List<DocumentInfo>> evidence = Map.of();
    private final CaseIndex caseIndex;
    /** The reference of each denial appeal's case, by the case's id, read with the appeals in one query. */
    private Map<Long, String> cases = Map.of();
    private final Grid<Appeal> grid = new Grid<>(Appeal.class, false);
    private final TextField caseReference = new TextField("Denied application");
    private final TextArea denialGrounds = new TextArea("Grounds of the appeal");

    public MyAppealsView(AppealService appeals, RuleSetCatalog ruleSets, DocumentStore documents,
            CaseIndex caseIndex) {
        this.appeals = appeals;
        this.caseIndex = caseIndex;
        this.documents = documents;
        DocumentUploader denialEvidence = new DocumentUploader("appeal-evidence", documents.maxBytes());
        DocumentUploader upgradeEvidence = new DocumentUploader("upgrade-evidence", documents.maxBytes());
        grid.addColumn(Appeal::getReference).setHeader("Appeal").setAutoWidth(true);
        // The denied case each appeal is about, linked as the hearing links it for the senior reviewer.
        grid.addComponentColumn(this::caseLink).setHeader("Case").setKey("case").setAutoWidth(true);
        grid.addColumn(a -> a.getKind() == Appeal.Kind.DENIAL ? "Denial" : "Tier upgrade: "
                + Formats.country(a.getDestinationCountry(), getLocale()))
                .setHeader("Kind").setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.getFiledAt(), getLocale())).setHeader("Filed").setAutoWidth(true);
        grid.addColumn(a -> AppealNotices.status(a.getStatus())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.getDecisionReason() == null || a.isOpen() ? "—" : a.getDecisionReason())
                .setHeader("Reason").setFlexGrow(3);
        grid.addColumn(a -> evidence.getOrDefault(a.getReference(), List.of()).stream().map(DocumentInfo::fileName)
                .reduce((x, y) -> x + ", " + y).orElse("none")).setHeader("Evidence").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("my-appeals");
        // A decision's reason is read in full, as the other lists wrap their long texts, not cut to "…".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No appeals yet. Appeal a denial or ask for a destination's Tier 1 treatment below.");

        caseReference.setId("appeal-case");
        caseReference.setPlaceholder("TL-2026-000123");
        denialGrounds.setId("appeal-grounds");
        denialGrounds.setWidthFull();
        Button appealDenial = new Button("Appeal the denial", e -> act(() -> appeals.appealDenial(
                caseReference.getValue().trim(), denialGrounds.getValue(), denialEvidence.pending()), denialGrounds,
                denialEvidence));
        appealDenial.setId("file-denial-appeal");
        appealDenial.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        ComboBox<CountryTier> destination = new CountryPicker("Destination",
                ruleSets.destinations().stream().filter(c -> c.tier() > 1).toList());
        destination.setItemLabelGenerator(c -> c.name() + " (" + c.iso2() + ", Tier " + c.tier() + ")");
        destination.setId("upgrade-destination");
        TextArea upgradeGrounds = new TextArea("Grounds: security standards, agreements, diversion record");
        upgradeGrounds.setId("upgrade-grounds");
        upgradeGrounds.setWidthFull();
        Button petition = new Button("Ask for Tier 1 treatment", e -> act(() -> appeals.appealForTierUpgrade(
                destination.getValue() == null ? "" : destination.getValue().iso2(), upgradeGrounds.getValue(),
                upgradeEvidence.pending()), upgradeGrounds, upgradeEvidence));
        petition.setId("file-tier-appeal");

        setMaxWidth("1100px");
        add(new H2("Appeals"), grid, new H3("Appeal a denial"), caseReference, denialGrounds,
                new Span("Evidence (optional)"), denialEvidence, appealDenial,
                new H3("Tier-upgrade appeal"), destination, upgradeGrounds, new Span("Evidence (optional)"),
                upgradeEvidence, petition);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("case").ifPresent(caseReference::setValue);
    }

    private void act(java.util.function.Supplier<String> filing, TextArea grounds, DocumentUploader evidence) {
        try {
            String reference = filing.get();
            Notification.show("Appeal " + reference + " filed. A senior reviewer who took no part in the decision "
                    + "will hear it.", 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grounds.clear();
            grounds.setInvalid(false);
            evidence.clear();
            refresh();
        } catch (DocumentRefusedException refused) {
            evidence.refuse(refused.getMessage() + " The appeal was not filed; choose the evidence again.");
        } catch (AppealRefusedException refused) {
            // A refusal about the grounds stays at the grounds; one about the case (window closed, not denied) too,
            // since the grounds are where the exporter is looking when filing.
            grounds.setErrorMessage(refused.about(AppealService.GROUNDS_FIELD).map(r -> r.message())
                    .orElse(refused.getMessage()));
            grounds.setInvalid(true);
        } catch (com.tierline.application.service.CaseNotFoundException notFound) {
            grounds.setErrorMessage("No denied application " + caseReference.getValue() + " of yours was found.");
            grounds.setInvalid(true);
        }
    }

    private Component caseLink(Appeal appeal) {
        String reference = appeal.getApplicationId() == null ? null : cases.get(appeal.getApplicationId());
        if (reference == null) {
            return new Span("—");
        }
        Anchor link = new Anchor("applications/" + reference, reference);
        link.setId("appeal-case-" + appeal.getReference());
        return link;
    }

    private void refresh() {
        List<Appeal> mine = appeals.myAppeals();
        evidence = documents.forAppeals(mine.stream().map(Appeal::getReference).toList());
        cases = caseIndex.referencesOf(mine.stream().map(Appeal::getApplicationId).filter(Objects::nonNull)
                .toList());
        grid.setItems(mine);
    }
}
