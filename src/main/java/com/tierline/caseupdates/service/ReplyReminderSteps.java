package com.tierline.caseupdates.service;

import com.tierline.caseprocess.service.ProcessKeys;
import java.util.Date;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reply reminder's steps, named by licence-application.bpmn20.xml: the wait for the exporter's start listener
 * sets the date its non-interrupting timer reads (Flowable runs start listeners before it creates boundary timers),
 * and the service task behind that timer sends the reminder. The date is transient: the question keeps its deadline.
 */
@Configuration
class ReplyReminderSteps {

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessKeys.APPLICATION_ID)).longValue();
    }

    @Bean
    ExecutionListener rfiReplyChaseAt(RfiNotices notices) {
        return execution -> execution.setTransientVariable(ProcessKeys.REPLY_CHASE_AT,
                Date.from(notices.remindAt(caseId(execution))));
    }

    @Bean
    JavaDelegate rfiReplyChaser(RfiNotices notices) {
        return execution -> notices.remind(caseId(execution));
    }
}
