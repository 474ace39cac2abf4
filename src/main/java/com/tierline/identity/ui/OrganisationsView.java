package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.OrganisationDirectory;
import com.tierline.identity.service.OrganisationDirectory.OrganisationSummary;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Exporting organisations, and the validated-end-user status that changes how their Tier 2 requests screen. */
@Route("admin/organisations")
@PageTitle("Organisations · Tierline")
@RolesAllowed(Role.ADMIN_)
public class OrganisationsView extends VerticalLayout {

    static final String NONE = "none";

    public OrganisationsView(OrganisationDirectory organisations) {
        Grid<OrganisationSummary> grid = new Grid<>(OrganisationSummary.class, false);
        grid.addColumn(OrganisationSummary::name).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(OrganisationSummary::country).setHeader("Headquarters").setAutoWidth(true);
        grid.addComponentColumn(o -> {
            Select<String> veu = new Select<>();
            veu.setItems(NONE, "UNIVERSAL", "NATIONAL");
            veu.setItemLabelGenerator(OrganisationsView::veuLabel);
            veu.setValue(o.veuStatus() == null ? NONE : o.veuStatus());
            veu.setAriaLabel("Validated end user status of " + o.name());
            veu.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    organisations.setVeuStatus(o.id(), NONE.equals(e.getValue()) ? null : e.getValue());
                    Notification.show(o.name() + ": validated end user status is now "
                            + veuLabel(e.getValue()).toLowerCase(java.util.Locale.ROOT) + ".");
                }
            });
            return veu;
        }).setHeader("Validated end user").setAutoWidth(true);
        grid.setItems(organisations.list());
        grid.setId("organisations");
        add(new H2("Organisations"), new Paragraph("A universal VEU declares its fleet on each application; a national "
                + "VEU draws on its own yearly allocation. Both must attest to the data-centre security conditions."),
                grid);
    }

    /** The VEU authorisation in words (15 CFR 748.15): "Universal", "National", "None". */
    static String veuLabel(String status) {
        return switch (status) {
            case "UNIVERSAL" -> "Universal";
            case "NATIONAL" -> "National";
            default -> "None";
        };
    }
}
