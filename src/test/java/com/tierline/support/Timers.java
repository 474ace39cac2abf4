package com.tierline.support;

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
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }
}
