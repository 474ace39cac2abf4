package com.tierline.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Learns the browser's time zone once per session, so that {@link Formats} shows local times. Asked on the
 * login page already, so that the first page after signing in is in local time too.
 */
public final class ReaderTimeZone {

    private ReaderTimeZone() {
    }

    public static void learn(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(Formats.ZONE_ATTRIBUTE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details ->
                session.setAttribute(Formats.ZONE_ATTRIBUTE, zoneOf(details.getTimeZoneId())));
    }

    static ZoneId zoneOf(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }
}
