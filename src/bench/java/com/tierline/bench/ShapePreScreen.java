package com.tierline.bench;

import com.tierline.application.service.ProcessStep;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The pre-screen step of the engine-only copy of the licence-application process: no case, no screening, but the
 * same route handed to the engine the same way as the real step, so the copy writes the engine rows a filing
 * writes.
 */
public class ShapePreScreen implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        new ProcessStep("REVIEW").applyTo(execution);
    }
}
