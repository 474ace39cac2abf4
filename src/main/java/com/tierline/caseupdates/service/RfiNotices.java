package com.tierline.caseupdates.service;

import static com.tierline.caseprocess.service.ProcessKeys.LICENCE_APPLICATION;
import static com.tierline.caseprocess.service.ProcessKeys.WITHDRAWN_NO_REPLY;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.caseprocess.service.CaseStepReached;
import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.identity.service.People.Person;
import com.tierline.notification.domain.NotificationKind;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.service.QuestionsAsked;
import com.tierline.sla.service.SlaClock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notices of a request for information: the question to the exporter's people, one reminder two working days
 * before the reply deadline (the process's own timer, so it goes once however many nodes run), and the withdrawal
 * when the deadline passed, to the exporter's people and the reviewer who asked.
 */
@Component
class RfiNotices {

    /** How long before the reply deadline the exporter is reminded. */
    static final int REMIND_WORKING_DAYS = 2;

    private static final Logger log = LoggerFactory.getLogger(RfiNotices.class);

    private final CaseAudience audience;
    private final QuestionsAsked questions;
    private final SlaClock sla;
    private final Clock clock;

    RfiNotices(CaseAudience audience, QuestionsAsked questions, SlaClock sla, Clock clock) {
        this.audience = audience;
        this.questions = questions;
        this.sla = sla;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void raised(CaseHistoryEvent.InformationRequested requested) {
        LicenceApplication application = audience.caseOf(requested.applicationId());
        RequestForInformation asked = questions.latest(requested.applicationId()).orElseThrow();
        audience.tell(audience.exportersOf(application), NotificationKind.RFI_RAISED, application.getReference(),
                Map.of("reference", application.getReference(), "question", asked.getQuestion(),
                        "deadline", CaseAudience.moment(asked.getReplyDeadline()),
                        "link", audience.exporterLink(application.getReference())), null);
    }

    /**
     * When the reminder timer fires: two working days before the deadline, or at once when that moment has passed
     * (the reminder then finds it was never due, see {@link #remind}).
     */
    Instant remindAt(long applicationId) {
        Instant remind = reminderDue(questions.latest(applicationId).orElseThrow());
        Instant now = clock.instant();
        return remind.isAfter(now) ? remind : now;
    }

    /**
     * The reminder, once per question. A deadline already within two working days when it was asked gets none: the
     * question's own notice, just sent, says when the reply is due.
     */
    void remind(long applicationId) {
        RequestForInformation asked = questions.latest(applicationId).orElseThrow();
        LicenceApplication application = audience.caseOf(applicationId);
        if (!asked.isOpen() || !reminderDue(asked).isAfter(asked.getAskedAt())) {
            log.info("No reminder for {}: its reply deadline was near when the question was asked",
                    application.getReference());
            return;
        }
        audience.tell(audience.exportersOf(application), NotificationKind.RFI_REPLY_DUE, application.getReference(),
                Map.of("reference", application.getReference(), "question", asked.getQuestion(),
                        "deadline", CaseAudience.moment(asked.getReplyDeadline()),
                        "link", audience.exporterLink(application.getReference())), null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void deadlinePassed(CaseStepReached step) {
        if (!step.is(LICENCE_APPLICATION, WITHDRAWN_NO_REPLY, CaseStepReached.Phase.ENTERED)) {
            return;
        }
        LicenceApplication application = audience.caseOf(step.applicationId());
        RequestForInformation asked = questions.latest(step.applicationId()).orElseThrow();
        String reference = application.getReference();
        String deadline = CaseAudience.moment(asked.getReplyDeadline());
        audience.tell(audience.exportersOf(application), NotificationKind.RFI_DEADLINE_PASSED, reference, Map.of(
                "reference", reference, "deadline", deadline, "link", audience.exporterLink(reference),
                "next", "If the export still goes ahead, file a new application with the information asked for."),
                null);
        List<Person> office = new ArrayList<>(audience.reviewer(asked.getAskedBy()));
        if (office.isEmpty()) {
            office.addAll(audience.reviewersOf(application));
        }
        audience.tell(office, NotificationKind.RFI_DEADLINE_PASSED, reference, Map.of("reference", reference,
                "deadline", deadline, "link", audience.reviewerLink(reference),
                "next", "Nothing more is needed on this case; it has left the review queues."), null);
    }

    private Instant reminderDue(RequestForInformation asked) {
        return sla.calendar().minusWorkingDays(asked.getReplyDeadline(), REMIND_WORKING_DAYS);
    }
}
