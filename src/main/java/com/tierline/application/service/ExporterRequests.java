package com.tierline.application.service;

import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.allocation.service.AllocationLedger;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.caseprocess.service.CaseStepRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An exporter withdraws an open case (answering a request for information is the rfi feature's). */
@Service
public class ExporterRequests {

    /** Statuses from which the exporter may withdraw. */
    public static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.AWAITING_EXPORTER, ApplicationStatus.ESCALATED);

    /** The field a refusal of the reason names. */
    public static final String REASON_FIELD = "reason";
    static final int MIN_REASON_LENGTH = 10;
    /** The record keeps "Withdrawn by <user>: <reason>" in 200 characters; a user name has at most 64. */
    static final int MAX_REASON_LENGTH = 120;

    private final LicenceApplicationRepository applications;
    private final CaseProcess process;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    ExporterRequests(LicenceApplicationRepository applications, CaseProcess process, AllocationLedger ledger,
            RuleSetCatalog ruleSets, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.applications = applications;
        this.process = process;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Withdraws an open case at the exporter's request (the process's withdrawal message). */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public void withdraw(String reference) {
        withdraw(reference, currentUser.require(), null);
    }

    /**
     * The same with the exporter's reason, kept in the case's record beside who withdrew it; an exporter's system
     * gives one (the API asks for it), so a reason that is missing, too short or not plain text is refused.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public void withdraw(String reference, String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.length() < MIN_REASON_LENGTH || text.length() > MAX_REASON_LENGTH) {
            throw new CaseActionRefusedException("case.withdrawal-reason", REASON_FIELD, "Give the reason for "
                    + "withdrawing in " + MIN_REASON_LENGTH + " to " + String.format("%,d", MAX_REASON_LENGTH)
                    + " characters.");
        }
        PlainText.problem(text, false).ifPresent(problem -> {
            throw new CaseActionRefusedException("case.withdrawal-reason-not-plain", REASON_FIELD, problem);
        });
        withdraw(reference, currentUser.require(), text);
    }

    private void withdraw(String reference, SignedInUser me, String reason) {
        LicenceApplication application = ownLocked(reference, me);
        if (!WITHDRAWABLE.contains(application.getStatus())) {
            throw new CaseActionRefusedException(reference + " is " + application.getStatus().label().toLowerCase()
                    + " and can no longer be withdrawn.");
        }
        try {
            process.withdraw(reference, application.getProcessInstanceId(), me.getUsername(), reason);
        } catch (CaseStepRefusedException refused) {
            throw new CaseActionRefusedException(refused.getMessage());
        }
    }

    /** The withdrawal sub-process's step; {@code reason} is the exporter's, or null when none was given. */
    @Transactional
    public void recordWithdrawal(long applicationId, String by, String reason) {
        withdraw(applicationId, "Withdrawn by " + by + (reason == null ? "" : ": " + reason), by);
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
}
