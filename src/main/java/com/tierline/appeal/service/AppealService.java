package com.tierline.appeal.service;

import com.tierline.appeal.domain.Appeal;
import com.tierline.document.service.DocumentOwner;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.appeal.domain.AppealRepository;
import com.tierline.appeal.domain.AppealVote;
import com.tierline.appeal.domain.AppealVoteRepository;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.service.ApplicationService;
import com.tierline.application.service.CaseRecords;
import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.application.service.SequenceNumbers;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.PlainText;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import com.tierline.caseprocess.service.AppealOutcome;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.caseprocess.service.CaseStepRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals (15 CFR part 756) and tier-upgrade petitions. Whoever decides must have taken no part in the decision
 * appealed; a panel needs two distinct senior reviewers voting the same way. The appeal process drives the steps.
 */
@Service
public class AppealService {

    public enum Outcome { UPHOLD, DISMISS, PANEL }

    static final int MIN_TEXT = 20;
    /** The fields a refusal names, so a view shows it at the right input. */
    public static final String GROUNDS_FIELD = "grounds";
    public static final String REASON_FIELD = "reason";
    public static final String DESTINATION_FIELD = "destination";
    static final Set<Appeal.Status> OPEN = EnumSet.of(Appeal.Status.UNDER_REVIEW, Appeal.Status.PANEL);

    private final AppealRepository appeals;
    private final AppealVoteRepository votes;
    private final CaseRecords applications;
    private final ApplicationService applicationService;
    private final RuleSetCatalog ruleSets;
    private final CaseProcess process;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SequenceNumbers sequences;
    private final int appealWindowDays;

    private final DocumentStore documents;

    AppealService(AppealRepository appeals, AppealVoteRepository votes, CaseRecords applications,
            ApplicationService applicationService, RuleSetCatalog ruleSets, CaseProcess process,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            SequenceNumbers sequences, @Value("${tierline.appeal.window-days:45}") int appealWindowDays,
            DocumentStore documents) {
        this.documents = documents;
        this.appeals = appeals;
        this.votes = votes;
        this.applications = applications;
        this.applicationService = applicationService;
        this.ruleSets = ruleSets;
        this.process = process;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.sequences = sequences;
        this.appealWindowDays = appealWindowDays;
    }

    /**
     * Appeals a denial of the caller's organisation within the appeal window (45 days, RULES.md §5), with evidence:
     * the documents are filed with the appeal or, if one is refused, not at all.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public String appealDenial(String caseReference, String grounds, List<DocumentUpload> evidence) {
        evidence.forEach(documents::check);
        SignedInUser me = currentUser.require();
        LicenceApplication application = applications.lockOwn(caseReference, me.organisationId());
        if (application.getStatus() != ApplicationStatus.DENIED) {
            throw new AppealRefusedException("Only a denied application can be appealed; " + caseReference + " is "
                    + application.getStatus().label().toLowerCase() + ".");
        }
        Instant now = clock.instant();
        if (application.getDecidedAt().plus(Duration.ofDays(appealWindowDays)).isBefore(now)) {
            throw new AppealRefusedException("The " + appealWindowDays + "-day appeal window for " + caseReference
                    + " closed on " + LocalDate.ofInstant(application.getDecidedAt(), ZoneOffset.UTC)
                            .plusDays(appealWindowDays) + ".");
        }
        String text = requireText(grounds, "the grounds of the appeal", GROUNDS_FIELD);
        application.checkAppealable();
        String reference = file(new Appeal(nextId(), Appeal.Kind.DENIAL, application.getId(),
                application.getDestinationCountry(), me.organisationId(), me.getUsername(), now, text), caseReference);
        fileEvidence(me, caseReference, reference, evidence);
        events.publishEvent(new CaseHistoryEvent.AppealLodged(application.getId(), me.getUsername(), reference, text));
        return reference;
    }

    /** Petitions for a destination to be treated as Tier 1; if upheld, a draft rule-set version results. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public String appealForTierUpgrade(String destination, String grounds, List<DocumentUpload> evidence) {
        evidence.forEach(documents::check);
        SignedInUser me = currentUser.require();
        if (destination == null || destination.isBlank()) {
            throw new AppealRefusedException("appeal.destination-missing", DESTINATION_FIELD, "Choose the destination "
                    + "that should be treated as Tier 1.");
        }
        CountryTier country = ruleSets.current().country(destination)
                .orElseThrow(() -> new AppealRefusedException("appeal.destination-unknown", DESTINATION_FIELD,
                        "Unknown country code " + destination.trim() + "; use an ISO 3166-1 code such as AE."));
        if (country.tier() == 1) {
            throw new AppealRefusedException(country.name() + " is already a Tier 1 destination.");
        }
        String text = requireText(grounds, "the grounds of the appeal", GROUNDS_FIELD);
        String reference = file(new Appeal(nextId(), Appeal.Kind.TIER_UPGRADE, null, country.iso2(),
                me.organisationId(), me.getUsername(), clock.instant(), text), null);
        fileEvidence(me, null, reference, evidence);
        return reference;
    }

    private void fileEvidence(SignedInUser me, String caseReference, String appealReference,
            List<DocumentUpload> evidence) {
        if (!evidence.isEmpty()) {
            documents.file(DocumentOwner.appeal(me.organisationId(), caseReference, appealReference), evidence);
        }
    }

    @RolesAllowed({Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<Appeal> openAppeals() {
        return appeals.findByStatusInOrderByFiledAt(OPEN);
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public List<Appeal> myAppeals() {
        return appeals.findByOrganisationIdOrderByFiledAtDesc(currentUser.require().organisationId());
    }

    @RolesAllowed({Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public List<AppealVote> votes(String appealReference) {
        return appeals.findByReference(appealReference).map(a -> votes.findByAppealIdOrderById(a.getId()))
                .orElse(List.of());
    }

    /** The appeal reviewer's decision: uphold, dismiss, or send to a panel. */
    @RolesAllowed(Role.SENIOR_REVIEWER_)
    @Transactional
    public void decide(String appealReference, Outcome outcome, String reason) {
        SignedInUser me = currentUser.require();
        Appeal appeal = lockOpen(appealReference);
        String text = requireText(reason, "a reason", REASON_FIELD);
        requireUninvolved(appeal, me);
        requireAt(appeal, false);
        if (outcome == Outcome.PANEL) {
            appeal.sendToPanel(me.getUsername(), text);
        } else {
            appeal.decide(outcome == Outcome.UPHOLD, me.getUsername(), text, clock.instant());
        }
        audit("appeal.reviewed", appeal, Map.of("outcome", outcome.name(), "reason", text));
        complete(appeal, false, outcome);
    }

    /** A panel member's vote; once two distinct members agree, the panel's decision is taken. */
    @RolesAllowed(Role.SENIOR_REVIEWER_)
    @Transactional
    public boolean vote(String appealReference, Outcome vote, String reason) {
        if (vote == Outcome.PANEL) {
            throw new AppealRefusedException("A panel member votes to uphold or to dismiss.");
        }
        SignedInUser me = currentUser.require();
        Appeal appeal = lockOpen(appealReference);
        String text = requireText(reason, "a reason", REASON_FIELD);
        requireUninvolved(appeal, me);
        if (me.getUsername().equals(appeal.getReviewedBy())) {
            throw new AppealRefusedException("You referred " + appealReference
                    + " to the panel; two other senior reviewers decide it.");
        }
        List<AppealVote> cast = votes.findByAppealIdOrderById(appeal.getId());
        if (cast.stream().anyMatch(v -> v.getVoter().equals(me.getUsername()))) {
            throw new AppealRefusedException("You have already voted on " + appealReference + ".");
        }
        requireAt(appeal, true);
        votes.save(new AppealVote(appeal.getId(), me.getUsername(), vote.name(), text, clock.instant()));
        audit("appeal.panel-vote", appeal, Map.of("vote", vote.name(), "reason", text));
        List<String> agreeing = cast.stream().filter(v -> v.getVote().equals(vote.name())).map(AppealVote::getVoter)
                .toList();
        if (agreeing.isEmpty()) {
            return false;
        }
        appeal.decide(vote == Outcome.UPHOLD, agreeing.get(0) + " and " + me.getUsername(), text, clock.instant());
        complete(appeal, true, vote);
        return true;
    }

    /** The process's "Uphold" step. */
    @Transactional
    public void upheld(long appealId) {
        Appeal appeal = appeals.findById(appealId).orElseThrow();
        if (appeal.getKind() == Appeal.Kind.DENIAL) {
            LicenceApplication application = applications.find(appeal.getApplicationId()).orElseThrow();
            events.publishEvent(new CaseHistoryEvent.AppealDecided(application.getId(), true, appeal.getDecidedBy(),
                    appeal.getReference(), appeal.getDecisionReason()));
            applicationService.reopenAfterAppeal(application.getReference(), appeal.getReference());
        } else {
            String version = "appeal-" + appeal.getReference();
            ruleSets.createDraft(ruleSets.current().version(), version, LocalDate.now(clock).plusDays(1),
                    Map.of(appeal.getDestinationCountry(), 1), "Tier-upgrade appeal " + appeal.getReference()
                            + " upheld: " + appeal.getDestinationCountry() + " to Tier 1");
            appeal.draftCreated(version);
        }
        audit("appeal.upheld", appeal, Map.of("by", String.valueOf(appeal.getDecidedBy())));
    }

    /** The process's "Dismiss" step. */
    @Transactional
    public void dismissed(long appealId) {
        Appeal appeal = appeals.findById(appealId).orElseThrow();
        if (appeal.getKind() == Appeal.Kind.DENIAL) {
            events.publishEvent(new CaseHistoryEvent.AppealDecided(appeal.getApplicationId(), false,
                    appeal.getDecidedBy(), appeal.getReference(), appeal.getDecisionReason()));
        }
        audit("appeal.dismissed", appeal, Map.of("by", String.valueOf(appeal.getDecidedBy())));
    }

    private String file(Appeal appeal, String caseReference) {
        appeals.save(appeal);
        // A denial appeal carries its case, whose status then follows the appeal's steps.
        appeal.attachProcess(process.startAppeal(appeal.getReference(), appeal.getId(), appeal.getApplicationId()));
        audit("appeal.filed", appeal, Map.of("kind", appeal.getKind().name(), "case", Objects.toString(caseReference,
                ""), "destination", Objects.toString(appeal.getDestinationCountry(), "")));
        return appeal.getReference();
    }

    /** Nobody who took part in the decision appealed may decide the appeal (part 756: "above and apart"). */
    private void requireUninvolved(Appeal appeal, SignedInUser me) {
        if (appeal.getApplicationId() == null) {
            return;
        }
        LicenceApplication application = applications.find(appeal.getApplicationId()).orElseThrow();
        Set<String> involved = new HashSet<>();
        involved.add(application.getDecidedBy());
        involved.add(application.getEscalatedBy());
        if (involved.contains(me.getUsername())) {
            throw new AppealRefusedException("You took part in the decision on " + application.getReference()
                    + "; a senior reviewer who did not must decide the appeal.");
        }
    }

    private Appeal lockOpen(String reference) {
        Appeal appeal = appeals.lockByReference(reference)
                .orElseThrow(() -> new AppealRefusedException("There is no appeal " + reference + "."));
        if (!appeal.isOpen()) {
            throw new AppealRefusedException(reference + " was already decided.");
        }
        return appeal;
    }

    private void requireAt(Appeal appeal, boolean panel) {
        if (!process.appealAt(appeal.getProcessInstanceId(), panel)) {
            throw new AppealRefusedException(appeal.getReference() + " is not at the " + (panel ? "panel" : "review")
                    + " stage.");
        }
    }

    private void complete(Appeal appeal, boolean panel, Outcome outcome) {
        try {
            process.completeAppeal(appeal.getReference(), appeal.getProcessInstanceId(), panel,
                    AppealOutcome.valueOf(outcome.name()));
        } catch (CaseStepRefusedException refused) {
            throw new AppealRefusedException(refused.getMessage());
        }
    }

    private static String requireText(String text, String what, String field) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.length() < MIN_TEXT) {
            throw new AppealRefusedException("appeal.text-too-short", field, "Give " + what + " in at least "
                    + MIN_TEXT + " characters.");
        }
        PlainText.problem(trimmed, true).ifPresent(problem -> {
            throw new AppealRefusedException("appeal.text-not-plain", field, problem);
        });
        return trimmed;
    }

    private long nextId() {
        return sequences.next("appeal_seq");
    }

    private void audit(String action, Appeal appeal, Map<String, ?> details) {
        Map<String, Object> payload = new java.util.LinkedHashMap<>(details);
        payload.put("appeal", appeal.getReference());
        String caseReference = appeal.getApplicationId() == null ? null
                : applications.find(appeal.getApplicationId()).map(LicenceApplication::getReference).orElse(null);
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, caseReference, payload));
    }
}
