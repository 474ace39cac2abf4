package com.tierline.rfi.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.application.service.CaseRecords;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.caseprocess.service.CaseStepRefusedException;
import com.tierline.caseprocess.service.OpenStep;
import com.tierline.document.service.DocumentOwner;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.ReviewerDirectory;
import com.tierline.identity.service.SignedInUser;
import com.tierline.rfi.domain.RequestForInformation;
import com.tierline.rfi.domain.RequestForInformationRepository;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for information: a reviewer asks the exporter a question, the case waits (its clock paused) until the
 * reply deadline, and the exporter's answer, with any documents, sends it back to the reviewer who asked.
 */
@Service
public class InformationRequests {

    static final int MIN_TEXT_LENGTH = 10;
    /** The fields a refusal names, so a view shows it at the right input. */
    public static final String QUESTION_FIELD = "question";
    public static final String ANSWER_FIELD = "answer";

    private final RequestForInformationRepository requests;
    private final CaseRecords cases;
    private final AskingRule askingRule;
    private final CaseProcess process;
    private final DocumentStore documents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration replyTime;
    private final ReviewerDirectory reviewers;

    InformationRequests(RequestForInformationRepository requests, CaseRecords cases, AskingRule askingRule,
            CaseProcess process, DocumentStore documents, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, @Value("${tierline.rfi.reply-days:10}") int replyDays,
            ReviewerDirectory reviewers) {
        this.reviewers = reviewers;
        this.requests = requests;
        this.cases = cases;
        this.askingRule = askingRule;
        this.process = process;
        this.documents = documents;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.replyTime = Duration.ofDays(replyDays);
    }

    /** Asks the exporter a question; the case waits for the reply (the process pauses the SLA clock) until the deadline. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void ask(String reference, String question) {
        String text = requireText(question, QUESTION_FIELD, "Give the question of at least " + MIN_TEXT_LENGTH
                + " characters: the exporter must be able to answer it.");
        SignedInUser me = currentUser.require();
        LicenceApplication application = askingRule.requireMayAsk(reference);
        Instant now = clock.instant();
        Instant deadline = now.plus(replyTime);
        requests.save(new RequestForInformation(application.getId(), me.getUsername(), now, text, deadline));
        application.awaitExporter();
        events.publishEvent(new CaseHistoryEvent.InformationRequested(application.getId(), me.getUsername(), text));
        // The deadline is the reply timer's, read as the task completes; the request keeps it.
        step(() -> process.raiseRfi(reference, application.getProcessInstanceId(), deadline));
        events.publishEvent(new AuditableAction(me.getUsername(), "review.information-requested", reference,
                Map.of("question", text, "replyDeadline", deadline.toString())));
    }

    /**
     * Answers the open question, with documents attached: they are filed with the answer or, if anything is
     * refused, not at all. The case is re-screened and returns to the reviewer who asked.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public void answer(String reference, String answer, List<DocumentUpload> attachments) {
        attachments.forEach(documents::check);
        SignedInUser me = currentUser.require();
        LicenceApplication application = cases.lockOwn(reference, me.organisationId());
        if (application.getStatus() != ApplicationStatus.AWAITING_EXPORTER) {
            throw new InformationRequestRefusedException(reference + " is not waiting for information from you.");
        }
        String text = requireText(answer, ANSWER_FIELD, "Write an answer of at least " + MIN_TEXT_LENGTH
                + " characters.");
        RequestForInformation open = requests.findByApplicationIdOrderByAskedAtAscIdAsc(application.getId()).stream()
                .filter(RequestForInformation::isOpen).reduce((a, b) -> b)
                .orElseThrow(() -> new InformationRequestRefusedException(reference + " has no open question."));
        open.answer(me.getUsername(), clock.instant(), text);
        events.publishEvent(new CaseHistoryEvent.InformationProvided(application.getId(), me.getUsername(), text));
        if (!attachments.isEmpty()) {
            documents.file(DocumentOwner.rfiReply(me.organisationId(), reference, open.getId()), attachments);
        }
        events.publishEvent(new AuditableAction(me.getUsername(), "rfi.answered", reference,
                Map.of("answerLength", text.length())));
        // A reviewer deactivated while the exporter answered gets nothing back: the case goes to the team's queue.
        String returnTo = reviewers.reviewer(open.getAskedBy()).map(SignedInUser::getUsername).orElse(null);
        Optional<OpenStep> back = step(() -> process.answerRfi(reference, application.getProcessInstanceId(),
                returnTo));
        // The reviewer who asked gets the case back in their own queue, not the unassigned one.
        back.map(OpenStep::assignee).ifPresent(reviewer -> {
            application.claim(reviewer, clock.instant());
            events.publishEvent(new AuditableAction("system", "review.returned", reference, Map.of("to", reviewer,
                    "summary", "Returned to " + reviewer + " after the exporter's reply")));
        });
    }

    /** Questions asked of the exporter on a case the caller may see, oldest first. */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<RequestForInformation> requestsFor(String reference) {
        SignedInUser me = currentUser.require();
        // An exporter sees their own organisation's cases; officers see filed cases, never someone's draft.
        return cases.find(reference)
                .filter(a -> me.has(Role.EXPORTER) ? a.getOrganisation().getId().equals(me.organisationId())
                        : a.getStatus() != ApplicationStatus.DRAFT)
                .map(a -> requests.findByApplicationIdOrderByAskedAtAscIdAsc(a.getId()))
                .orElse(List.of());
    }

    private static String requireText(String text, String field, String tooShort) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() < MIN_TEXT_LENGTH) {
            throw new InformationRequestRefusedException("rfi." + field + "-too-short", field, tooShort);
        }
        PlainText.problem(trimmed, true).ifPresent(problem -> {
            throw new InformationRequestRefusedException("rfi." + field + "-not-plain-text", field, problem);
        });
        return trimmed;
    }

    /** A step of the process, with the engine's refusal (the deadline passed, or someone else moved first) in words. */
    private static <T> T step(java.util.function.Supplier<T> move) {
        try {
            return move.get();
        } catch (CaseStepRefusedException refused) {
            throw new InformationRequestRefusedException(refused.getMessage());
        }
    }

    private static void step(Runnable move) {
        step(() -> {
            move.run();
            return null;
        });
    }
}
