package com.tierline.identity.ui;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.AdministrationRefusedException;
import com.tierline.identity.service.OrganisationAdministration;
import com.tierline.identity.service.OrganisationAdministration.OrganisationRow;
import com.tierline.identity.service.OrganisationDirectory;
import com.tierline.shared.ConcurrentChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Exporting organisations: their particulars and standing (edit, deactivate, reactivate), and the validated-end-user
 * status that changes how their Tier 2 requests screen.
 */
@Route("admin/organisations")
@PageTitle("Organisations · Tierline")
@RolesAllowed(Role.ADMIN_)
public class OrganisationsView extends VerticalLayout {

    static final String NONE = "none";

    private final OrganisationDirectory directory;
    private final OrganisationAdministration administration;
    private final Grid<OrganisationRow> grid = new Grid<>(OrganisationRow.class, false);
    private final OrganisationEditor editor = new OrganisationEditor();

    public OrganisationsView(OrganisationDirectory directory, OrganisationAdministration administration) {
        this.directory = directory;
        this.administration = administration;
        grid.addColumn(OrganisationRow::name).setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(o -> OrganisationEditor.countryName(o.country())).setHeader("Country").setAutoWidth(true);
        var headquarters = grid.addColumn(o -> o.headquarters() == null ? "—" : o.headquarters())
                .setHeader("Headquarters").setAutoWidth(true);
        var registration = grid.addColumn(o -> o.registrationNumber() == null ? "—" : o.registrationNumber())
                .setHeader("Registration number").setAutoWidth(true);
        grid.addComponentColumn(this::standing).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::veu).setHeader("Validated end user").setAutoWidth(true);
        grid.setId("organisations");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.edit(e.getValue());
            }
        });
        editor.onVisibility(open -> {
            headquarters.setVisible(!open);
            registration.setVisible(!open);
        });
        editor.onChange(this::change);
        grid.setHeightFull();
        HorizontalLayout content = new HorizontalLayout(grid, editor);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        setSizeFull();
        add(new H2("Organisations"), new Paragraph("Select an organisation to correct its particulars or to "
                + "deactivate it. A universal VEU declares its fleet on each application; a national VEU draws on "
                + "its own yearly allocation. Both must attest to the data-centre security conditions."), content);
        expand(content);
        refresh();
    }

    private void change(OrganisationEditor.ChangeEvent e) {
        OrganisationRow row = e.row;
        try {
            String done = switch (e.intent) {
                case SAVE -> {
                    administration.edit(row.id(), e.form, row.version());
                    yield "Particulars of " + e.form.name().strip() + " saved.";
                }
                case DEACTIVATE -> {
                    administration.deactivate(row.id(), e.reason, row.version());
                    yield row.name() + " is deactivated.";
                }
                case REACTIVATE -> {
                    administration.reactivate(row.id(), row.version());
                    yield row.name() + " is approved again.";
                }
            };
            notify(done, NotificationVariant.LUMO_SUCCESS);
            editor.setVisible(false);
            refresh();
        } catch (AdministrationRefusedException refused) {
            editor.show(refused);
        } catch (OptimisticLockingFailureException concurrent) {
            notify(ConcurrentChange.of(row.name()), NotificationVariant.LUMO_ERROR);
        }
    }

    private Component standing(OrganisationRow o) {
        Span status = new Span(o.status().label());
        if (o.statusReason() != null) {
            status.setTitle(o.statusReason());
        }
        return status;
    }

    private Component veu(OrganisationRow o) {
        Select<String> veu = new Select<>();
        veu.setItems(NONE, "UNIVERSAL", "NATIONAL");
        veu.setItemLabelGenerator(OrganisationsView::veuLabel);
        veu.setValue(o.veuStatus() == null ? NONE : o.veuStatus());
        veu.setAriaLabel("Validated end user status of " + o.name());
        veu.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                directory.setVeuStatus(o.id(), NONE.equals(e.getValue()) ? null : e.getValue());
                Notification.show(o.name() + ": validated end user status is now "
                        + veuLabel(e.getValue()).toLowerCase(Locale.ROOT) + ".");
                refresh();
            }
        });
        return veu;
    }

    private void refresh() {
        grid.setItems(administration.list());
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
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
