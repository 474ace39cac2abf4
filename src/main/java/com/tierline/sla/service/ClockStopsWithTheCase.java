package com.tierline.sla.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.CaseStatusChanged;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decided or withdrawn case's clock stops, and its history says so: without the row, a reopened case's clock read
 * "Started … · Started …", as if the first review had never ended.
 */
@Component
class ClockStopsWithTheCase {

    private static final Set<ApplicationStatus> CLOSED = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.DENIED, ApplicationStatus.WITHDRAWN);

    private final SlaClock clock;

    ClockStopsWithTheCase(SlaClock clock) {
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void caseClosed(CaseStatusChanged change) {
        if (CLOSED.contains(change.to())) {
            clock.stop(change.reference());
        }
    }
}
