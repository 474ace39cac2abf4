package com.tierline.review.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.allocation.service.AllocationExhaustedException;
import com.tierline.allocation.service.AllocationLedger;
import com.tierline.rfi.service.AskingRule;
import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.application.service.CaseNotFoundException;
import com.tierline.application.service.CaseRecords;
import com.tierline.application.service.CaseSummary;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.service.RuleSetCatalog;
import java.math.BigDecimal;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.ConcurrentChange;
import com.tierline.shared.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.caseprocess.service.CaseStepRefusedException;
import com.tierline.caseprocess.service.OpenStep;
import com.tierline.caseprocess.service.ProcessKeys;
import com.tierline.caseprocess.service.ReviewOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's actions on a case. Each locks the case row first, so two reviewers acting at once are
 * serialised: one wins, the other is told who got there first. The Flowable task moves in the same transaction.
 */
@Service
public class ReviewService implements AskingRule {

    static final int MIN_REASON_LENGTH = 10;
    /** The fields a refusal names, so the decision panel shows it at the right input. */
    public static final String REASON_FIELD = "reason";
    public static final String DENIAL_REASON_FIELD = "denialReason";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CaseRecords applications;
    private final CaseProcess process;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;
    private final LicenceNumbers licences;
    private final int licenceValidityYears;

    private final com.tierline.identity.service.ReviewerDirectory reviewers;

    ReviewService(com.tierline.identity.service.ReviewerDirectory reviewers,
            CaseRecords applications, CaseProcess process, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, AllocationLedger ledger, RuleSetCatalog ruleSets,
            LicenceNumbers licences,
            @Value("${tierline.licence.validity-years:4}") int licenceValidityYears) {
        this.reviewers = reviewers;
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.licences = licences;
        this.licenceValidityYears = licenceValidityYears;
        this.applications = applications;
        this.process = process;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Hands a case to another reviewer of the team: its current holder or a senior reviewer may do so, and only
     * to someone who may work on it.
     */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void reassign(String reference, String toReviewer) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        boolean holder = me.getUsername().equals(application.getAssignee());
        if (!holder && !me.has(Role.SENIOR_REVIEWER)) {
            throw new ReviewRefusedException("Only the reviewer holding " + reference
                    + " or a senior reviewer can reassign it.");
        }
        SignedInUser target = reviewers.reviewer(toReviewer).filter(t -> application.getTeamCode()
                .equals(t.teamCode())).orElseThrow(() -> new ReviewRefusedException(toReviewer
                        + " is not a reviewer in " + reference + "'s team."));
        if (fourEyesBlocks(application, target)) {
            throw new ReviewRefusedException(toReviewer + " escalated " + reference + " and may not decide it.");
        }
        String previous = String.valueOf(application.getAssignee());
        openTask(application);
        step(() -> process.assign(reference, application.getProcessInstanceId(), target.getUsername()));
        application.claim(target.getUsername(), clock.instant());
        audit("review.reassigned", reference, Map.of("from", previous, "to", target.getUsername()));
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void claim(String reference) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        if (fourEyesBlocks(application, me)) {
            throw new ReviewRefusedException("You escalated " + reference + "; another senior reviewer must decide it.");
        }
        if (application.getAssignee() != null) {
            if (application.getAssignee().equals(me.getUsername())) {
                return;
            }
            throw new ReviewRefusedException(reference + " is already claimed by " + application.getAssignee()
                    + " at " + TIME.format(application.getClaimedAt()) + ".");
        }
        openTask(application);
        step(() -> process.claim(reference, application.getProcessInstanceId(), me.getUsername()));
        Instant now = clock.instant();
        application.claim(me.getUsername(), now);
        audit("review.claimed", reference, Map.of("assignee", me.getUsername()));
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void release(String reference) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        requireClaimedByMe(application, me, "release");
        openTask(application);
        step(() -> process.release(reference, application.getProcessInstanceId()));
        application.release();
        audit("review.released", reference, Map.of("previousAssignee", me.getUsername()));
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void approve(String reference, String reason) {
        decide(reference, Decision.APPROVE, reason, null);
    }

    /** Denies with a reason code from the fixed list and a text the exporter will read. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void deny(String reference, DenialReason code, String reason) {
        if (code == null) {
            throw new ReviewRefusedException("review.denial-reason-missing", DENIAL_REASON_FIELD,
                    "Choose the reason for the denial from the list.");
        }
        decide(reference, Decision.DENY, code.label() + ". " + requireText(reason, "a reason",
                "the exporter and the auditors will read it"), code);
    }

    /** The last day of a licence issued today: what an approval now would print, for its confirmation. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    public LocalDate licenceValidUntilIfApprovedToday() {
        return licenceValidUntil(clock.instant());
    }

    private LocalDate licenceValidUntil(Instant issuedAt) {
        return LocalDate.ofInstant(issuedAt, ZoneOffset.UTC).plusYears(licenceValidityYears);
    }

    private void decide(String reference, Decision decision, String reason, DenialReason code) {
        ReviewAction action = decision == Decision.APPROVE ? ReviewAction.APPROVE : ReviewAction.DENY;
        String trimmed = requireText(reason, "a reason", "the exporter and the auditors will read it");
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        OpenStep task = requireAllowed(application, me, action);
        settleAllocation(application, decision);
        Instant now = clock.instant();
        application.decide(decision, trimmed, me.getUsername(), now);
        if (decision == Decision.APPROVE) {
            application.issueLicence(licences.nextNumber(now), licenceValidUntil(now));
        }
        events.publishEvent(new CaseHistoryEvent.Decided(application.getId(), decision == Decision.APPROVE,
                application.getEscalatedBy() != null, application.getDecidedBy(), application.getDecidedAt(),
                application.getDecisionReason(), application.getLicenceNumber(), application.getLicenceValidUntil()));
        step(() -> process.completeReview(reference, application.getProcessInstanceId(),
                decision == Decision.APPROVE ? ReviewOutcome.APPROVE : ReviewOutcome.DENY));
        Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("decision", decision.name());
        payload.put("reason", trimmed);
        payload.put("step", task.step());
        if (code != null) {
            payload.put("reasonCode", code.name());
        }
        if (application.getLicenceNumber() != null) {
            payload.put("licence", application.getLicenceNumber());
        }
        audit("review.decided", reference, payload);
    }

    /** Review's rule for the rfi feature's question: the case in the caller's queue, claimed by them, at review. */
    @Override
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(propagation = Propagation.MANDATORY)
    public LicenceApplication requireMayAsk(String reference) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        requireAllowed(application, me, ReviewAction.REQUEST_INFORMATION);
        return application;
    }

    /** Sends the case to senior review; the escalating reviewer may not take the senior decision (four-eyes). */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void escalate(String reference, String justification) {
        String text = requireText(justification, "a justification", "the senior reviewer decides on it");
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        requireAllowed(application, me, ReviewAction.ESCALATE);
        application.escalate(me.getUsername(), text);
        events.publishEvent(new CaseHistoryEvent.Escalated(application.getId(), me.getUsername(), text));
        step(() -> process.escalate(reference, application.getProcessInstanceId()));
        audit("review.escalated", reference, Map.of("justification", text));
    }

    /** The actions the process and the rules allow this user on this case now; the UI shows only these. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public Set<ReviewAction> availableActions(String reference) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = applications.find(reference).orElse(null);
        if (application == null || !mayWorkOn(application, me)) {
            return Set.of();
        }
        OpenStep task = process.openStep(application.getProcessInstanceId()).orElse(null);
        if (task == null || !task.isReview()) {
            return Set.of();
        }
        if (application.getAssignee() == null) {
            return fourEyesBlocks(application, me) ? Set.of() : EnumSet.of(ReviewAction.CLAIM);
        }
        if (!application.getAssignee().equals(me.getUsername())) {
            return Set.of();
        }
        EnumSet<ReviewAction> actions = EnumSet.of(ReviewAction.RELEASE);
        actions.addAll(switch (task.step()) {
            case ProcessKeys.REVIEW -> EnumSet.of(ReviewAction.APPROVE, ReviewAction.DENY,
                    ReviewAction.REQUEST_INFORMATION, ReviewAction.ESCALATE);
            case ProcessKeys.PRESUMED_DENIAL_REVIEW -> EnumSet.of(ReviewAction.DENY, ReviewAction.ESCALATE);
            default -> EnumSet.of(ReviewAction.APPROVE, ReviewAction.DENY);
        });
        return actions;
    }

    private OpenStep requireAllowed(LicenceApplication application, SignedInUser me, ReviewAction action) {
        if (fourEyesBlocks(application, me)) {
            throw new ReviewRefusedException("You escalated " + application.getReference()
                    + "; another senior reviewer must decide it.");
        }
        requireClaimedByMe(application, me, action.label().toLowerCase());
        OpenStep task = openTask(application);
        if (!availableActions(application.getReference()).contains(action)) {
            throw new ReviewRefusedException("You cannot " + action.label().toLowerCase() + " "
                    + application.getReference() + " at its current step (" + task.name() + ").");
        }
        return task;
    }

    private static boolean fourEyesBlocks(LicenceApplication application, SignedInUser me) {
        return application.getStatus() == ApplicationStatus.ESCALATED
                && me.getUsername().equals(application.getEscalatedBy());
    }

    private static boolean mayWorkOn(LicenceApplication application, SignedInUser me) {
        if (application.getStatus() == ApplicationStatus.ESCALATED) {
            return me.has(Role.SENIOR_REVIEWER);
        }
        return ApplicationStatus.IN_REVIEW.contains(application.getStatus())
                && application.getTeamCode().equals(me.teamCode());
    }

    private static String requireText(String text, String what, String why) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() < MIN_REASON_LENGTH) {
            throw new ReviewRefusedException("review.reason-too-short", REASON_FIELD, "Give " + what + " of at least "
                    + MIN_REASON_LENGTH + " characters: " + why + ".");
        }
        PlainText.problem(trimmed, true).ifPresent(problem -> {
            throw new ReviewRefusedException("review.reason-not-plain-text", REASON_FIELD, problem);
        });
        return trimmed;
    }

    /** Approval consumes what the case reserved (refused if the allocation cannot cover it); denial releases it. */
    private void settleAllocation(LicenceApplication application, Decision decision) {
        if (application.getAllocationPeriod() == null || application.getAllocationReservedTpp() == null) {
            return;
        }
        RuleSet ruleSet = ruleSets.byVersion(application.getRuleSetVersion());
        BigDecimal reserved = application.getAllocationReservedTpp();
        try {
            if (decision == Decision.APPROVE) {
                ledger.consume(application.getDestinationCountry(), application.getAllocationPeriod(), ruleSet,
                        application.getControlledTpp(), reserved);
            } else {
                ledger.release(application.getDestinationCountry(), application.getAllocationPeriod(), ruleSet,
                        reserved);
            }
        } catch (AllocationExhaustedException exhausted) {
            throw new ReviewRefusedException("Cannot approve " + application.getReference() + ": "
                    + exhausted.getMessage() + " Deny it, or wait for reservations to be released.");
        }
        application.takeReservation();
    }

    private LicenceApplication lockOpenCase(String reference, SignedInUser me) {
        // Unknown and unsubmitted look alike: a draft is the exporter's own, not yet a case for review.
        LicenceApplication application = applications.lock(reference)
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .orElseThrow(() -> new CaseNotFoundException(reference));
        if (!ApplicationStatus.IN_REVIEW.contains(application.getStatus())
                && application.getStatus() != ApplicationStatus.ESCALATED) {
            throw new ReviewRefusedException(reference + " is " + application.getStatus().label().toLowerCase()
                    + " and no longer open for review.");
        }
        if (application.getStatus() == ApplicationStatus.ESCALATED && !me.has(Role.SENIOR_REVIEWER)) {
            throw new ReviewRefusedException(reference + " is escalated: only a senior reviewer can act on it.");
        }
        if (application.getStatus() != ApplicationStatus.ESCALATED && !application.getTeamCode().equals(me.teamCode())) {
            throw new ReviewRefusedException(reference + " belongs to another team's queue.");
        }
        return application;
    }

    private static void requireClaimedByMe(LicenceApplication application, SignedInUser me, String action) {
        if (application.getAssignee() == null) {
            throw new ReviewRefusedException("Claim " + application.getReference() + " before you " + action + " it.");
        }
        if (!application.getAssignee().equals(me.getUsername())) {
            throw new ReviewRefusedException(application.getReference() + " is claimed by "
                    + application.getAssignee() + " since " + TIME.format(application.getClaimedAt())
                    + "; only they can " + action + " it.");
        }
    }

    private OpenStep openTask(LicenceApplication application) {
        return process.openStep(application.getProcessInstanceId()).orElseThrow(() -> new ReviewRefusedException(
                application.getReference() + " has no open review step."));
    }

    /** A step of the process, with the engine's refusal (taken a moment ago by someone else) as a review refusal. */
    private static void step(Runnable move) {
        try {
            move.run();
        } catch (CaseStepRefusedException refused) {
            throw new ReviewRefusedException(refused.getMessage());
        }
    }

    private void audit(String action, String reference, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, reference, payload));
        // Every audited review action changes somebody's queue; open queue views refresh after the commit.
        events.publishEvent(new QueueChanged(reference, action));
    }
}
