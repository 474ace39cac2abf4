package com.tierline.bench;

import com.tierline.application.service.ProcessStep;
import com.tierline.application.service.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The pre-screen step of the engine-only copy of the licence-application process: no case, no screening, but the
 * same variables handed to the engine the same way as the real step, so the copy writes the engine rows a filing
 * writes.
 */
public class ShapePreScreen implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = Instant.now();
        new ProcessStep("REVIEW", Map.of(SlaClock.WARN_AT, Date.from(now.plus(Duration.ofDays(7))),
                SlaClock.DUE_AT, Date.from(now.plus(Duration.ofDays(9))))).applyTo(execution);
    }
}
