package com.tierline.review.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.CaseRecords;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.ReviewerMoved;
import com.tierline.identity.service.UserDeactivated;
import com.tierline.shared.AuditableAction;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * A deactivated reviewer (or one moved out of the team or out of senior review) can no longer work their claimed
 * cases, so each goes back to its queue (the team's, or
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
        handBack(deactivated.username(), "review.released-deactivated", (root, query, cb) ->
                root.get("status").in(CLAIMABLE));
    }

    /** Only the cases the user can no longer decide: the team's they left, escalated ones if no longer senior. */
    @EventListener
    void handBack(ReviewerMoved moved) {
        handBack(moved.username(), "review.released-moved", (root, query, cb) -> cb.or(
                moved.teamLeft() == null ? cb.disjunction() : cb.and(cb.equal(root.get("teamCode"), moved.teamLeft()),
                        root.get("status").in(ApplicationStatus.IN_REVIEW)),
                moved.seniorReviewLeft() ? cb.equal(root.get("status"), ApplicationStatus.ESCALATED)
                        : cb.disjunction()));
    }

    private void handBack(String username, String action, Specification<LicenceApplication> which) {
        Specification<LicenceApplication> claimed = (root, query, cb) -> cb.equal(root.get("assignee"), username);
        cases.matching(claimed.and(which), Pageable.unpaged()).forEach(found -> {
            LicenceApplication application = cases.lock(found.getReference()).orElseThrow();
            if (!username.equals(application.getAssignee())) {
                return;
            }
            if (process.openStep(application.getProcessInstanceId()).isPresent()) {
                process.release(application.getReference(), application.getProcessInstanceId());
            }
            application.release();
            events.publishEvent(new AuditableAction(currentUser.actorName(), action, application.getReference(),
                    Map.of("previousAssignee", username)));
            events.publishEvent(new QueueChanged(application.getReference(), "review.released"));
        });
    }
}
