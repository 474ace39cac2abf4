package com.tierline.application.service;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The process's "Pre-screen" service task: hands over to the service and records the route it chose. */
@Component("preScreenTask")
class PreScreenTask implements JavaDelegate {

    private final CaseScreening screening;

    PreScreenTask(CaseScreening screening) {
        this.screening = screening;
    }

    @Override
    public void execute(DelegateExecution execution) {
        screening.preScreen(CaseStepTasks.caseId(execution)).applyTo(execution);
    }
}
