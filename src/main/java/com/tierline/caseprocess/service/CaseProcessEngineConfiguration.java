package com.tierline.caseprocess.service;

import java.util.ArrayList;
import java.util.List;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link EngineSteps} with the engine for step entries and exits only (the BPMN files stay as drawn). */
@Configuration
class CaseProcessEngineConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> caseStepListener(
            ApplicationEventPublisher events) {
        return configuration -> {
            var typed = configuration.getTypedEventListeners() == null
                    ? new java.util.HashMap<String, List<FlowableEventListener>>()
                    : new java.util.HashMap<>(configuration.getTypedEventListeners());
            EngineSteps steps = new EngineSteps(events);
            for (FlowableEngineEventType type : List.of(FlowableEngineEventType.ACTIVITY_STARTED,
                    FlowableEngineEventType.ACTIVITY_COMPLETED)) {
                typed.computeIfAbsent(type.name(), t -> new ArrayList<>()).add(steps);
            }
            configuration.setTypedEventListeners(typed);
        };
    }
}
