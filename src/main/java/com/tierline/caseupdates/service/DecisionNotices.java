package com.tierline.caseupdates.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.DecisionLetters;
import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.notification.service.Notifications.Attachment;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions and appeals, told to the exporter's people: the decision with its letter (the letter as the exporter
 * downloads it; the notice names no reviewer, as nothing the exporter reads does), the appeal acknowledged (and put
 * before the senior reviewers, who hear appeals), and the appeal's outcome.
 */
@Component
class DecisionNotices {

    private final CaseAudience audience;
    private final ApplicationService applications;
    private final DecisionLetters letters;
    private final int appealWindowDays;

    DecisionNotices(CaseAudience audience, ApplicationService applications, DecisionLetters letters,
            @Value("${tierline.appeal.window-days:45}") int appealWindowDays) {
        this.audience = audience;
        this.applications = applications;
        this.letters = letters;
        this.appealWindowDays = appealWindowDays;
    }

    /** On any review step, senior review included; the decider is signed in, so the case reads as they may see it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void decided(CaseHistoryEvent.Decided decided) {
        LicenceApplication application = audience.caseOf(decided.applicationId());
        String reference = application.getReference();
        byte[] letter = letters.render(applications.find(reference).orElseThrow());
        String next = decided.approved()
                ? "Licence " + decided.licenceNumber() + " is issued, valid until "
                        + CaseAudience.day(decided.licenceValidUntil()) + "."
                : "You may appeal the denial within " + appealWindowDays + " days from the application's page.";
        audience.tell(audience.exportersOf(application), NotificationKind.DECISION_MADE, reference, Map.of(
                "reference", reference, "outcome", decided.approved() ? "approved" : "denied",
                "reason", decided.reason(), "next", next, "link", audience.exporterLink(reference)),
                new Attachment("decision-" + reference + ".pdf", "application/pdf", letter));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void appealReceived(CaseHistoryEvent.AppealLodged lodged) {
        LicenceApplication application = audience.caseOf(lodged.applicationId());
        String reference = application.getReference();
        Map<String, String> facts = Map.of("reference", reference, "appeal", lodged.appealReference(),
                "grounds", lodged.grounds());
        audience.tell(audience.exportersOf(application), NotificationKind.APPEAL_RECEIVED, reference, with(facts,
                "next", "Senior reviewers who took no part in the denial will hear it; you will be told the outcome.",
                "link", audience.link("appeals")), null);
        audience.tell(audience.seniorReviewers(), NotificationKind.APPEAL_RECEIVED, reference, with(facts,
                "next", "It waits in the appeals queue for a senior reviewer who took no part in the denial.",
                "link", audience.link("review/appeals")), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void appealDecided(CaseHistoryEvent.AppealDecided decided) {
        LicenceApplication application = audience.caseOf(decided.applicationId());
        String reference = application.getReference();
        audience.tell(audience.exportersOf(application), NotificationKind.APPEAL_DECIDED, reference, Map.of(
                "reference", reference, "appeal", decided.appealReference(),
                "outcome", decided.upheld() ? "upheld" : "dismissed", "reason", decided.reason(),
                "next", decided.upheld()
                        ? "The application is reopened and reviewed again; you will be told of the new decision."
                        : "The denial of " + reference + " stands.",
                "link", audience.exporterLink(reference)), null);
    }

    private static Map<String, String> with(Map<String, String> facts, String k1, String v1, String k2, String v2) {
        Map<String, String> all = new java.util.HashMap<>(facts);
        all.put(k1, v1);
        all.put(k2, v2);
        return all;
    }
}
