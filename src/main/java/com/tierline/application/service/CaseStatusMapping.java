package com.tierline.application.service;

import static com.tierline.caseprocess.service.ProcessKeys.*;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.caseprocess.service.CaseStepReached;
import com.tierline.caseprocess.service.CaseStepReached.Phase;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a filed case's status is set: it follows the engine's position (a step entered or left, an end
 * event reached) in the step's own transaction. Review, appeal and filing code move the process, never the status.
 * It sits beside the case aggregate rather than in {@code caseprocess}, which knows no feature (see docs/adr).
 */
@Component
class CaseStatusMapping {

    /** Where the process stands → the status the case shows. The end events carry the outcome. */
    static final Map<String, ApplicationStatus> ENTERED = Map.ofEntries(
            Map.entry(LICENCE_APPLICATION + "/" + SUBMITTED, ApplicationStatus.SUBMITTED),
            Map.entry(LICENCE_APPLICATION + "/" + AUTHORISED, ApplicationStatus.AUTHORISED),
            Map.entry(LICENCE_APPLICATION + "/" + REVIEW, ApplicationStatus.UNDER_REVIEW),
            Map.entry(LICENCE_APPLICATION + "/" + PRESUMED_DENIAL_REVIEW, ApplicationStatus.PRESUMED_DENIAL),
            Map.entry(LICENCE_APPLICATION + "/" + AWAIT_EXPORTER, ApplicationStatus.AWAITING_EXPORTER),
            Map.entry(LICENCE_APPLICATION + "/" + SENIOR_REVIEW, ApplicationStatus.ESCALATED),
            Map.entry(LICENCE_APPLICATION + "/" + APPROVED, ApplicationStatus.APPROVED),
            Map.entry(LICENCE_APPLICATION + "/" + DENIED, ApplicationStatus.DENIED),
            Map.entry(LICENCE_APPLICATION + "/" + WITHDRAWN, ApplicationStatus.WITHDRAWN),
            Map.entry(LICENCE_APPLICATION + "/" + WITHDRAWN_NO_REPLY, ApplicationStatus.WITHDRAWN),
            Map.entry(APPEAL + "/" + APPEAL_FILED, ApplicationStatus.APPEALED),
            // Upheld is shown before the upholding step reopens the case (a fresh process: submitted, screened…).
            Map.entry(APPEAL + "/" + UPHOLD_APPEAL, ApplicationStatus.APPEAL_UPHELD),
            Map.entry(APPEAL + "/" + DISMISS_APPEAL, ApplicationStatus.APPEAL_DISMISSED));

    /** A screening step done: screened, until the gateway's route reaches the next step a moment later. */
    static final Map<String, ApplicationStatus> LEFT = Map.of(
            LICENCE_APPLICATION + "/" + PRE_SCREEN, ApplicationStatus.SCREENED,
            LICENCE_APPLICATION + "/" + RESCREEN, ApplicationStatus.SCREENED);

    private final LicenceApplicationRepository applications;
    private final ApplicationEventPublisher events;

    CaseStatusMapping(LicenceApplicationRepository applications, ApplicationEventPublisher events) {
        this.applications = applications;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void follow(CaseStepReached step) {
        ApplicationStatus next = (step.phase() == Phase.ENTERED ? ENTERED : LEFT)
                .get(step.process() + "/" + step.step());
        if (next == null) {
            return;
        }
        LicenceApplication application = applications.findById(step.applicationId()).orElseThrow();
        ApplicationStatus before = application.getStatus();
        application.followProcess(next);
        events.publishEvent(new CaseStatusChanged(application.getReference(), before, next, step.process(),
                step.step()));
    }
}
