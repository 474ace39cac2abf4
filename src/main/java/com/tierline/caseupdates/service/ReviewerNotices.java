package com.tierline.caseupdates.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.identity.service.UserDirectory;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.shared.AuditableAction;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' notices: a case handed to a reviewer (reassigned by its holder or a senior reviewer; a reviewer's own
 * claim is no news to them), the exporter's answer to the reviewer who asked (the case returns to them), and the review
 * deadline near (the process's "Deadline near" timer) to whoever holds the case, or to its team while nobody does.
 * The review and SLA features announce these acts as audited actions, whose names the audit trail already fixes.
 */
@Component
class ReviewerNotices {

    static final String REASSIGNED = "review.reassigned";
    static final String RETURNED = "review.returned";
    static final String WARNED = "sla.warned";

    private final CaseAudience audience;
    private final UserDirectory directory;

    ReviewerNotices(CaseAudience audience, UserDirectory directory) {
        this.audience = audience;
        this.directory = directory;
    }

    @EventListener(condition = "#action.action() == 'review.reassigned' or #action.action() == 'review.returned' "
            + "or #action.action() == 'sla.warned'")
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableAction action) {
        switch (action.action()) {
            case REASSIGNED -> assigned(action, NotificationKind.CASE_ASSIGNED,
                    directory.nameAndUsername(action.actor()) + " assigned it to you.");
            // The reviewer who asked usually held the case already, so "assigned to you" would be untrue: the news
            // is the answer.
            case RETURNED -> assigned(action, NotificationKind.RFI_ANSWERED,
                    "The case is back in your queue.");
            case WARNED -> warned(action.caseReference());
            default -> throw new IllegalStateException("Not a reviewer's notice: " + action.action());
        }
    }

    private void assigned(AuditableAction action, NotificationKind kind, String how) {
        String to = String.valueOf(action.payload().get("to"));
        if (to.equals(action.actor())) {
            return;
        }
        LicenceApplication application = audience.caseOf(action.caseReference());
        audience.tell(audience.reviewer(to), kind, application.getReference(), Map.of(
                "reference", application.getReference(), "how", how, "status", application.getStatus().label(),
                "due", due(application), "link", audience.reviewerLink(application.getReference())), null);
    }

    private void warned(String reference) {
        LicenceApplication application = audience.caseOf(reference);
        boolean held = !audience.reviewer(application.getAssignee()).isEmpty();
        audience.tell(audience.holderOrTeam(application), NotificationKind.SLA_WARNING, reference, Map.of(
                "reference", reference, "status", application.getStatus().label(), "due", due(application),
                "next", held ? "You hold it; please decide it, or ask for what is missing, before then."
                        : "Nobody holds it yet; please claim it from the team's queue.",
                "link", audience.reviewerLink(reference)), null);
    }

    private static String due(LicenceApplication application) {
        return application.clock().dueAt() == null ? "not set" : CaseAudience.moment(application.clock().dueAt());
    }
}
