package com.tierline.sla.service;

import com.tierline.caseprocess.service.ProcessKeys;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the licence-application process moves the review clock, named by licence-application.bpmn20.xml: the start
 * listeners of the review steps and of the wait for the exporter, and the service tasks behind the SLA timers.
 * Flowable runs an activity's start listeners before it creates the activity's boundary timers
 * ({@code ContinueProcessOperation.executeSynchronous}), so the timers read the dates the listener has just set.
 * The dates go in as transient variables: the case keeps them, the engine needs no rows for them.
 */
@Configuration
class SlaSteps {

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessKeys.APPLICATION_ID)).longValue();
    }

    /** Review and presumed-denial review: the clock starts, or resumes after the exporter's reply. */
    @Bean
    ExecutionListener slaReviewClock(SlaClock sla) {
        return execution -> sla.enterReview(caseId(execution)).forEach(execution::setTransientVariable);
    }

    /** Senior review: the senior clock starts. */
    @Bean
    ExecutionListener slaSeniorClock(SlaClock sla) {
        return execution -> sla.enterSeniorReview(caseId(execution)).forEach(execution::setTransientVariable);
    }

    /** Awaiting the exporter's reply: the clock pauses. */
    @Bean
    ExecutionListener slaPause(SlaClock sla) {
        return execution -> sla.pause(caseId(execution));
    }

    @Bean
    JavaDelegate slaWarningTask(SlaClock sla) {
        return execution -> sla.warn(caseId(execution));
    }

    @Bean
    JavaDelegate slaBreachTask(SlaClock sla) {
        return execution -> sla.breach(caseId(execution));
    }
}
