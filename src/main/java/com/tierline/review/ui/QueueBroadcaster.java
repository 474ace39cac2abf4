package com.tierline.review.ui;

import com.tierline.review.service.QueueChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open queue view, in any session on this node, that queues changed; each refreshes itself through
 * server push. Sent after the commit, so a refreshed grid never shows a change that was rolled back.
 */
@Component
class QueueBroadcaster {

    private final Map<UI, Runnable> listeners = new ConcurrentHashMap<>();

    Registration register(UI ui, Runnable refresh) {
        listeners.put(ui, refresh);
        return () -> listeners.remove(ui);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void queuesChanged(QueueChanged change) {
        listeners.forEach((ui, refresh) -> ui.access(refresh::run));
    }
}
