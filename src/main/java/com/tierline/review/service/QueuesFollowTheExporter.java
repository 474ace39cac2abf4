package com.tierline.review.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.service.CaseStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A question to the exporter takes a case out of the reviewers' queues and the reply brings it back. The rfi feature
 * moves the case and cannot know review's queues, so review tells its open queue views from the status change.
 */
@Component
class QueuesFollowTheExporter {

    private final ApplicationEventPublisher events;

    QueuesFollowTheExporter(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void statusChanged(CaseStatusChanged change) {
        // Into "Waiting on exporter" when asked; out of it when answered, or withdrawn for want of a reply.
        ApplicationStatus waiting = ApplicationStatus.AWAITING_EXPORTER;
        if (change.to() == waiting || change.from() == waiting) {
            events.publishEvent(new QueueChanged(change.reference(), "status." + change.to().name().toLowerCase()));
        }
    }
}
