package com.tierline.notification.ui;

import com.tierline.notification.service.NoticesChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the open bells of the people a notice was written for, on this node, to count again; through server push.
 * After the commit only (a rolled-back notice rings no bell), and from a thread of its own, for the reasons
 * review.ui.QueueBroadcaster gives. A node other than the writer's learns of it at the person's next page.
 */
@Component
class NoticeBroadcaster implements DisposableBean {

    private record Listener(String username, Runnable refresh) {
    }

    private final Map<UI, Listener> listeners = new ConcurrentHashMap<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "notice-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    Registration register(UI ui, String username, Runnable refresh) {
        listeners.put(ui, new Listener(username, refresh));
        return () -> listeners.remove(ui);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void noticesChanged(NoticesChanged posted) {
        dispatcher.execute(() -> listeners.forEach((ui, listener) -> {
            if (!posted.usernames().contains(listener.username())) {
                return;
            }
            try {
                ui.access(listener.refresh()::run);
            } catch (UIDetachedException closed) {
                listeners.remove(ui);
            }
        }));
    }

    @Override
    public void destroy() {
        dispatcher.shutdownNow();
    }
}
