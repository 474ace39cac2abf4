package com.tierline.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a person sees when something fails that no view handled: a sentence, not a stack trace. A lost database
 * says so, and that nothing was saved; the application recovers by itself when the database is back.
 */
@Component
class ErrorNotifications implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::show));
    }

    private void show(ErrorEvent error) {
        Throwable cause = error.getThrowable();
        boolean database = com.tierline.shared.DatabaseFailures.unreachable(cause);
        boolean busy = !database && com.tierline.shared.DatabaseFailures.lockedByAnother(cause);
        if (database) {
            log.warn("Database unreachable: {}", cause.toString());
        } else if (busy) {
            log.info("Concurrent change refused: {}", cause.toString());
        } else {
            log.error("Unhandled error in the UI", cause);
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        ui.access(() -> Notification.show(database
                ? "The service cannot reach its database just now; your last action was not saved. Try again in a "
                        + "few seconds."
                : busy ? "Someone else was changing the same record at that moment; your last action was not saved. "
                        + "Try again."
                : "Something went wrong on our side; your last action was not saved. Try again, and tell us if it "
                        + "keeps happening.", 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
