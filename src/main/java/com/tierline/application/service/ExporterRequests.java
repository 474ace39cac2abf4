package com.tierline.application.service;

import com.tierline.allocation.service.AllocationLedger;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.document.service.DocumentOwner;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.RequestForInformation;
import com.tierline.application.domain.RequestForInformationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.caseprocess.service.CaseStepRefusedException;
import com.tierline.caseprocess.service.OpenStep;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an exporter does to an open case: answer a request for information, or withdraw it. */
@Service
public class ExporterRequests {

    static final int MIN_ANSWER_LENGTH = 10;
    /** Statuses from which the exporter may withdraw. */
    public static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.AWAITING_EXPORTER, ApplicationStatus.ESCALATED);

    private final LicenceApplicationRepository applications;
    private final RequestForInformationRepository requests;
    private final CaseProcess process;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final DocumentStore documents;

    ExporterRequests(LicenceApplicationRepository applications, RequestForInformationRepository requests,
            CaseProcess process, AllocationLedger ledger, RuleSetCatalog ruleSets,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, DocumentStore documents) {
        this.documents = documents;
        this.applications = applications;
        this.requests = requests;
        this.process = process;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Questions asked of the exporter on a case the caller may see, oldest first. */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<RequestForInformation> requestsFor(String reference) {
        return visible(reference).map(a -> requests.findByApplicationIdOrderByAskedAtAscIdAsc(a.getId()))
                .orElse(List.of());
    }

    /** Answers the open request for information; the case is re-screened and returns to review. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public void respond(String reference, String answer) {
        respond(reference, answer, List.of());
    }

    /** Answers with documents attached; they are filed with the answer or, if anything is refused, not at all. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public void respond(String reference, String answer, List<DocumentUpload> attachments) {
        attachments.forEach(documents::check);
        SignedInUser me = currentUser.require();
        LicenceApplication application = ownLocked(reference, me);
        if (application.getStatus() != ApplicationStatus.AWAITING_EXPORTER) {
            throw new CaseActionRefusedException(reference + " is not waiting for information from you.");
        }
        String text = answer == null ? "" : answer.trim();
        if (text.length() < MIN_ANSWER_LENGTH) {
            throw new CaseActionRefusedException("Write an answer of at least " + MIN_ANSWER_LENGTH + " characters.");
        }
        PlainText.problem(text, true).ifPresent(problem -> {
            throw new CaseActionRefusedException(problem);
        });
        RequestForInformation open = requests.findByApplicationIdOrderByAskedAtAscIdAsc(application.getId()).stream()
                .filter(RequestForInformation::isOpen).reduce((a, b) -> b)
                .orElseThrow(() -> new CaseActionRefusedException(reference + " has no open question."));
        open.answer(me.getUsername(), clock.instant(), text);
        events.publishEvent(new CaseHistoryEvent.InformationProvided(application.getId(), me.getUsername(), text));
        if (!attachments.isEmpty()) {
            documents.file(DocumentOwner.rfiReply(me.organisationId(), reference, open.getId()), attachments);
        }
        events.publishEvent(new AuditableAction(me.getUsername(), "rfi.answered", reference,
                Map.of("answerLength", text.length())));
        Optional<OpenStep> back;
        try {
            back = process.answerRfi(reference, application.getProcessInstanceId(), open.getAskedBy());
        } catch (CaseStepRefusedException refused) {
            throw new CaseActionRefusedException(refused.getMessage());
        }
        // The reviewer who asked gets the case back in their own queue, not the unassigned one.
        back.map(OpenStep::assignee).ifPresent(reviewer -> {
            application.claim(reviewer, clock.instant());
            events.publishEvent(new AuditableAction("system", "review.returned", reference, Map.of("to", reviewer,
                    "summary", "Returned to " + reviewer + " after the exporter's reply")));
        });
    }

    /** Withdraws an open case at the exporter's request (the process's withdrawal message). */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public void withdraw(String reference) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = ownLocked(reference, me);
        if (!WITHDRAWABLE.contains(application.getStatus())) {
            throw new CaseActionRefusedException(reference + " is " + application.getStatus().label().toLowerCase()
                    + " and can no longer be withdrawn.");
        }
        try {
            process.withdraw(reference, application.getProcessInstanceId(), me.getUsername());
        } catch (CaseStepRefusedException refused) {
            throw new CaseActionRefusedException(refused.getMessage());
        }
    }

    /** The withdrawal sub-process's step. */
    @Transactional
    public void recordWithdrawal(long applicationId, String by) {
        withdraw(applicationId, "Withdrawn by " + by, by);
    }

    /** The reply deadline passed: the case is returned without action and the exporter sees why. */
    @Transactional
    public void withdrawForNoReply(long applicationId) {
        withdraw(applicationId, "Withdrawn: no reply to the request for information by its deadline", "system");
    }

    private void withdraw(long applicationId, String reason, String actor) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        if (application.getAllocationReservedTpp() != null) {
            ledger.release(application.getDestinationCountry(), application.getAllocationPeriod(),
                    ruleSets.byVersion(application.getRuleSetVersion()), application.takeReservation());
        }
        application.withdraw(reason);
        events.publishEvent(new CaseHistoryEvent.Withdrawn(applicationId, actor, reason));
        events.publishEvent(new AuditableAction(actor, "application.withdrawn", application.getReference(),
                Map.of("reason", reason)));
    }

    private LicenceApplication ownLocked(String reference, SignedInUser me) {
        LicenceApplication application = applications.lockByReference(reference)
                .filter(a -> a.getOrganisation().getId().equals(me.organisationId()))
                .orElseThrow(() -> new CaseNotFoundException(reference));
        return application;
    }

    private java.util.Optional<LicenceApplication> visible(String reference) {
        SignedInUser me = currentUser.require();
        return me.has(Role.EXPORTER) ? applications.findByReferenceAndOrganisationId(reference, me.organisationId())
                : applications.findByReference(reference).filter(a -> a.getStatus() != ApplicationStatus.DRAFT);
    }
}
