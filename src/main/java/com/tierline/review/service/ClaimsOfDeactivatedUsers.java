package com.tierline.review.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.CaseRecords;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.UserDeactivated;
import com.tierline.shared.AuditableAction;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * A deactivated reviewer can no longer work their claimed cases, so each goes back to its queue (the team's, or
 * senior review for an escalated one): unclaimed in the engine and on the case, with an audit line, in the
 * administrator's transaction so that the deactivation and the hand-back commit together.
 */
@Component
class ClaimsOfDeactivatedUsers {

    private static final Set<ApplicationStatus> CLAIMABLE = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.ESCALATED);

    private final CaseRecords cases;
    private final CaseProcess process;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ClaimsOfDeactivatedUsers(CaseRecords cases, CaseProcess process, CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.process = process;
        this.currentUser = currentUser;
        this.events = events;
    }

    @EventListener
    void handBack(UserDeactivated deactivated) {
        String username = deactivated.username();
        cases.matching((root, query, cb) -> cb.and(cb.equal(root.get("assignee"), username),
                root.get("status").in(CLAIMABLE)), Pageable.unpaged()).forEach(found -> {
                    LicenceApplication application = cases.lock(found.getReference()).orElseThrow();
                    if (!username.equals(application.getAssignee())) {
                        return;
                    }
                    if (process.openStep(application.getProcessInstanceId()).isPresent()) {
                        process.release(application.getReference(), application.getProcessInstanceId());
                    }
                    application.release();
                    events.publishEvent(new AuditableAction(currentUser.actorName(), "review.released-deactivated",
                            application.getReference(), Map.of("previousAssignee", username)));
                    events.publishEvent(new QueueChanged(application.getReference(), "review.released"));
                });
    }
}
