package com.tierline.bench;

import com.tierline.sla.service.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;

/**
 * The review's clock listener in the engine-only copy of the process: no case, but the timers' dates handed to the
 * engine the same way as the real listener, so the copy creates the timer jobs a filing creates.
 */
public class ShapeReviewClock implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Instant now = Instant.now();
        execution.setTransientVariable(SlaClock.WARN_AT, Date.from(now.plus(Duration.ofDays(7))));
        execution.setTransientVariable(SlaClock.DUE_AT, Date.from(now.plus(Duration.ofDays(9))));
    }
}
