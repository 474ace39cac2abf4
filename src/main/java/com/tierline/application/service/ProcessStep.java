package com.tierline.application.service;

import com.tierline.caseprocess.service.ProcessKeys;
import java.util.Map;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * What a service step tells the process: the route its gateway takes and the dates its timers start from. Both go
 * in as transient variables: the gateway and the timers of this very step read them, the case keeps them itself,
 * so they need no engine rows (a variable, its history and a history detail each) on every filing.
 */
public record ProcessStep(String route, Map<String, Object> timerDates) {

    public void applyTo(DelegateExecution execution) {
        execution.setTransientVariable(ProcessKeys.ROUTE, route);
        timerDates.forEach(execution::setTransientVariable);
    }
}
