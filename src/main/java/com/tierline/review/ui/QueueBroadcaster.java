package com.tierline.review.ui;

import com.tierline.review.service.QueueChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open queue view, in any session on this node, that queues changed; each refreshes itself through
 * server push. Sent after the commit, so a refreshed grid never shows a change that was rolled back.
 * <p>
 * The views are refreshed from a thread of the broadcaster's own, never from the thread that committed: that
 * thread holds its own user's session lock, and after the commit its transaction's connection is still bound to
 * it, so a refresh run there would read other users' queues inside a finished transaction, holding the
 * connection and a second session's lock at once, and an error in one view would reach the user who decided.
 */
@Component
class QueueBroadcaster implements DisposableBean {

    private final Map<UI, Runnable> listeners = new ConcurrentHashMap<>();
    private final Executor dispatcher;

    @Autowired
    QueueBroadcaster() {
        this(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "queue-broadcast");
            thread.setDaemon(true);
            return thread;
        }));
    }

    QueueBroadcaster(Executor dispatcher) {
        this.dispatcher = dispatcher;
    }

    Registration register(UI ui, Runnable refresh) {
        listeners.put(ui, refresh);
        return () -> listeners.remove(ui);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queuesChanged(QueueChanged change) {
        dispatcher.execute(() -> listeners.forEach((ui, refresh) -> {
            try {
                // Runs now if no request holds that session, otherwise as soon as its request ends.
                ui.access(refresh::run);
            } catch (UIDetachedException closed) {
                listeners.remove(ui);
            }
        }));
    }

    @Override
    public void destroy() {
        if (dispatcher instanceof ExecutorService executor) {
            executor.shutdownNow();
        }
    }
}
