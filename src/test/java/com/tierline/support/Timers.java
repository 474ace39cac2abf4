package com.tierline.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.context.ApplicationContext;

/**
 * Fires a process's timer now, through the engine, as the async executor would when it falls due ({@link TierlineIT}
 * turns that executor off so that a test decides when time passes).
 */
public final class Timers {

    private final ManagementService management;

    private Timers(ApplicationContext context) {
        this.management = context.getBean(ManagementService.class);
    }

    public static Timers in(ApplicationContext context) {
        return new Timers(context);
    }

    /** Fires the timer of {@code timerEventId} (a boundary event's id in the BPMN file) in that process instance. */
    public void fire(String processInstanceId, String timerEventId) {
        Job timer = management.createTimerJobQuery().processInstanceId(processInstanceId).elementId(timerEventId)
                .singleResult();
        if (timer == null) {
            throw new AssertionError("no timer " + timerEventId + " is waiting in process " + processInstanceId);
        }
        String job = management.moveTimerToExecutableJob(timer.getId()).getId();
        try {
            management.executeJob(job);
        } catch (FlowableOptimisticLockingException | FlowableObjectNotFoundException takenByAnotherEngine) {
            // In the PostgreSQL pass other test contexts share the database, and an engine whose async executor runs
            // may take the job the moment it is executable: it runs the same step, so wait for it to be done.
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> management.createJobQuery().jobId(job).singleResult() == null);
        }
    }
}
