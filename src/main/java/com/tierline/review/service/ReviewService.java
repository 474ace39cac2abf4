package com.tierline.review.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.service.AllocationExhaustedException;
import com.tierline.application.service.AllocationLedger;
import com.tierline.application.service.CaseSummary;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.service.RuleSetCatalog;
import java.math.BigDecimal;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's actions on a case. Each locks the case row first, so two reviewers acting at once are
 * serialised: one wins, the other is told who got there first. The Flowable task moves in the same transaction.
 */
@Service
public class ReviewService {

    static final int MIN_REASON_LENGTH = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final LicenceApplicationRepository applications;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AllocationLedger ledger;
    private final RuleSetCatalog ruleSets;

    ReviewService(LicenceApplicationRepository applications, TaskService tasks, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, AllocationLedger ledger, RuleSetCatalog ruleSets) {
        this.ledger = ledger;
        this.ruleSets = ruleSets;
        this.applications = applications;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Cases waiting for the caller's team, claimed or not; paged and sorted by the database. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public Page<CaseSummary> teamQueue(Pageable pageable) {
        // Oldest first: the queue is worked in order of arrival unless the reviewer sorts otherwise.
        Pageable ordered = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by("submittedAt", "reference"));
        return applications.findByTeamCodeAndStatusIn(team(), ApplicationStatus.IN_REVIEW, ordered)
                .map(CaseSummary::of);
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public long teamQueueSize() {
        return applications.countByTeamCodeAndStatusIn(team(), ApplicationStatus.IN_REVIEW);
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void claim(String reference) {
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        if (application.getAssignee() != null) {
            if (application.getAssignee().equals(me.getUsername())) {
                return;
            }
            throw new ReviewRefusedException(reference + " is already claimed by " + application.getAssignee()
                    + " at " + TIME.format(application.getClaimedAt()) + ".");
        }
        tasks.claim(openTask(application).getId(), me.getUsername());
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
        tasks.unclaim(openTask(application).getId());
        application.release();
        audit("review.released", reference, Map.of("previousAssignee", me.getUsername()));
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void approve(String reference, String reason) {
        decide(reference, Decision.APPROVE, reason);
    }

    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_})
    @Transactional
    public void deny(String reference, String reason) {
        decide(reference, Decision.DENY, reason);
    }

    private void decide(String reference, Decision decision, String reason) {
        String trimmed = reason == null ? "" : reason.trim();
        if (trimmed.length() < MIN_REASON_LENGTH) {
            throw new ReviewRefusedException("Give a reason of at least " + MIN_REASON_LENGTH
                    + " characters: the exporter and the auditors will read it.");
        }
        SignedInUser me = currentUser.require();
        LicenceApplication application = lockOpenCase(reference, me);
        requireClaimedByMe(application, me, decision == Decision.APPROVE ? "approve" : "deny");
        Task task = openTask(application);
        settleAllocation(application, decision);
        application.decide(decision, trimmed, me.getUsername(), clock.instant());
        tasks.complete(task.getId(), Map.of("decision", decision.name()));
        audit("review.decided", reference, Map.of("decision", decision.name(), "reason", trimmed));
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
        LicenceApplication application = applications.lockByReference(reference)
                .orElseThrow(() -> new ReviewRefusedException("There is no case " + reference + "."));
        if (!ApplicationStatus.IN_REVIEW.contains(application.getStatus())) {
            throw new ReviewRefusedException(reference + " is " + application.getStatus().label().toLowerCase()
                    + " and no longer open for review.");
        }
        if (!application.getTeamCode().equals(me.teamCode())) {
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

    private Task openTask(LicenceApplication application) {
        Task task = tasks.createTaskQuery().processInstanceId(application.getProcessInstanceId()).active()
                .singleResult();
        if (task == null) {
            throw new ReviewRefusedException(application.getReference() + " has no open review step.");
        }
        return task;
    }

    private String team() {
        String team = currentUser.require().teamCode();
        if (team == null) {
            throw new ReviewRefusedException("You are not in a review team; ask an administrator to add you to one.");
        }
        return team;
    }

    private void audit(String action, String reference, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, reference, payload));
    }
}
