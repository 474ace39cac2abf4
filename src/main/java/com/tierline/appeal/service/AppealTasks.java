package com.tierline.appeal.service;

import com.tierline.caseprocess.service.ProcessKeys;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appeal process's service tasks: each hands over to AppealService. */
@Configuration
class AppealTasks {

    @Bean
    JavaDelegate appealUpheldTask(AppealService appeals) {
        return execution -> appeals.upheld(((Number) execution.getVariable(ProcessKeys.APPEAL_ID)).longValue());
    }

    @Bean
    JavaDelegate appealDismissedTask(AppealService appeals) {
        return execution -> appeals.dismissed(((Number) execution.getVariable(ProcessKeys.APPEAL_ID)).longValue());
    }
}
