package com.tierline.administration.ui;

import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.RestrictedParty;
import com.tierline.screening.service.RestrictedListRejectedException;
import com.tierline.screening.service.RestrictedPartyService;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** The restricted-party list in force, and replacing it with an uploaded CSV. */
@Route("admin/restricted-parties")
@PageTitle("Restricted parties · Tierline")
@RolesAllowed(Role.ADMIN_)
public class RestrictedPartiesView extends VerticalLayout {

    /** The whole published list (about 25,000 entries) is some tens of megabytes. */
    static final int MAX_UPLOAD_BYTES = 64 * 1024 * 1024;

    private final RestrictedPartyService parties;
    private final Grid<RestrictedParty> grid = new Grid<>(RestrictedParty.class, false);
    private final Paragraph summary = new Paragraph();

    public RestrictedPartiesView(RestrictedPartyService parties) {
        this.parties = parties;
        grid.addColumn(RestrictedParty::name).setHeader("Name").setFlexGrow(3).setSortable(true);
        grid.addColumn(p -> String.join("; ", p.altNames())).setHeader("Alternative names").setFlexGrow(3);
        grid.addColumn(RestrictedParty::country).setHeader("Country").setSortable(true);
        grid.addColumn(RestrictedParty::source).setHeader("Source").setFlexGrow(2);
        grid.setId("restricted-parties");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String message;
            boolean ok;
            try {
                int count = parties.replace(new ByteArrayInputStream(bytes), metadata.fileName());
                message = "List replaced: " + count + " entries from " + metadata.fileName() + ".";
                ok = true;
            } catch (RestrictedListRejectedException rejected) {
                message = "Nothing was changed. " + String.join("; ", rejected.problems()) + ".";
                ok = false;
            }
            String shown = message;
            boolean success = ok;
            ui.access(() -> {
                Notification.show(shown, 6000, Notification.Position.TOP_CENTER).addThemeVariants(
                        success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
                refresh();
            });
        }));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setId("restricted-upload");
        setSizeFull();
        add(new H2("Restricted parties"), new Paragraph("Consignees, end users and ultimate end users are screened "
                + "against every name and alternative name on this list. To replace it as a whole, upload the "
                + "Consolidated Screening List CSV as trade.gov publishes it."),
                upload, summary, grid);
        summary.setId("restricted-list-summary");
        refresh();
    }

    private void refresh() {
        var entries = parties.entries();
        grid.setItems(entries);
        summary.setText(parties.edition().map(edition -> edition.shipped()
                ? "%,d entries from the demo extract shipped with Tierline (edition %s), loaded %s.".formatted(
                        entries.size(), edition.shippedDigest(), Formats.dateTime(edition.loadedAt(), getLocale()))
                : "%,d entries from \u201c%s\u201d, uploaded %s by %s.".formatted(entries.size(), edition.source(),
                        Formats.dateTime(edition.loadedAt(), getLocale()), edition.loadedBy()))
                .orElse("No list is loaded: every party clears until one is uploaded."));
    }
}
