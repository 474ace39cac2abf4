package com.tierline.application.service;

import com.tierline.caseprocess.service.ProcessKeys;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The process's other service tasks; each hands over to a service and holds no logic of its own. */
@Configuration
class CaseStepTasks {

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessKeys.APPLICATION_ID)).longValue();
    }

    @Bean
    JavaDelegate rescreenTask(CaseScreening screening) {
        return execution -> screening.rescreenAfterReply(caseId(execution)).applyTo(execution);
    }

    @Bean
    JavaDelegate noReplyTask(ExporterRequests exporterRequests) {
        return execution -> exporterRequests.withdrawForNoReply(caseId(execution));
    }

    @Bean
    JavaDelegate withdrawalTask(ExporterRequests exporterRequests) {
        return execution -> exporterRequests.recordWithdrawal(caseId(execution),
                String.valueOf(execution.getVariable(ProcessKeys.WITHDRAWN_BY)),
                (String) execution.getVariable(ProcessKeys.WITHDRAWAL_REASON));
    }
}
