package com.tierline.application.service;

import com.tierline.caseprocess.service.ProcessKeys;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * What a service step tells the process: the route its gateway takes. It goes in as a transient variable: the
 * gateway right after this very step reads it, the case keeps the outcome itself, so it needs no engine rows (a
 * variable, its history and a history detail each) on every filing.
 */
public record ProcessStep(String route, String teamCode) {

    public ProcessStep(String route) {
        this(route, null);
    }

    /** The route as a transient variable; a routed team (when the step routed the case) as the candidate group. */
    public void applyTo(DelegateExecution execution) {
        execution.setTransientVariable(ProcessKeys.ROUTE, route);
        if (teamCode != null) {
            execution.setVariable(ProcessKeys.TEAM_CODE, teamCode);
        }
    }
}
