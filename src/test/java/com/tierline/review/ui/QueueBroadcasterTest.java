package com.tierline.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.tierline.review.service.QueueChanged;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class QueueBroadcasterTest {

    final Queue<Runnable> dispatched = new ArrayDeque<>();
    final QueueBroadcaster broadcaster = new QueueBroadcaster(dispatched::add);

    @Test
    void theCommittingThreadOnlyHandsTheRefreshOnAndTouchesNoOtherUsersView() {
        UI othersView = mock(UI.class);
        List<String> refreshed = new ArrayList<>();
        doAnswer(call -> {
            call.<Command>getArgument(0).execute();
            return null;
        }).when(othersView).access(any());
        broadcaster.register(othersView, () -> refreshed.add("queue of another reviewer"));

        broadcaster.queuesChanged(new QueueChanged("TL-2026-000001", "review.claimed"));

        verify(othersView, never()).access(any());
        assertThat(dispatched).hasSize(1);
        dispatched.poll().run();
        assertThat(refreshed).containsExactly("queue of another reviewer");
    }

    @Test
    void aViewWhoseSessionHasGoneIsForgottenAndTheOthersStillRefresh() {
        UI closed = mock(UI.class);
        when(closed.access(any())).thenThrow(new UIDetachedException());
        UI open = mock(UI.class);
        broadcaster.register(closed, () -> { });
        broadcaster.register(open, () -> { });

        broadcaster.queuesChanged(new QueueChanged("TL-2026-000001", "review.claimed"));
        dispatched.poll().run();
        broadcaster.queuesChanged(new QueueChanged("TL-2026-000002", "review.claimed"));
        dispatched.poll().run();

        verify(closed, times(1)).access(any());
        verify(open, times(2)).access(any());
    }
}
