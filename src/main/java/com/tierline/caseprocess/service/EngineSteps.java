package com.tierline.caseprocess.service;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.event.FlowableActivityEvent;
import org.flowable.engine.delegate.event.FlowableProcessEngineEvent;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Tells the application each step a case's process enters or leaves, as a {@link CaseStepReached}, while the engine
 * is still in the step's transaction. A failure in a reaction fails the step, so engine and case never disagree.
 */
class EngineSteps implements FlowableEventListener {

    private final ApplicationEventPublisher events;

    EngineSteps(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableActivityEvent activity) || !(event instanceof FlowableProcessEngineEvent step)) {
            return;
        }
        CaseStepReached.Phase phase = event.getType() == FlowableEngineEventType.ACTIVITY_STARTED
                ? CaseStepReached.Phase.ENTERED
                : event.getType() == FlowableEngineEventType.ACTIVITY_COMPLETED ? CaseStepReached.Phase.LEFT : null;
        if (phase == null) {
            return;
        }
        DelegateExecution execution = step.getExecution();
        // A tier-upgrade appeal concerns a destination, not a case: it carries no application id.
        if (execution == null || !(execution.getVariable(ProcessKeys.APPLICATION_ID) instanceof Number caseId)) {
            return;
        }
        events.publishEvent(new CaseStepReached(caseId.longValue(), processKey(activity.getProcessDefinitionId()),
                activity.getActivityId(), phase));
    }

    /** "licence-application:3:1234" → "licence-application". */
    private static String processKey(String processDefinitionId) {
        int colon = processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
