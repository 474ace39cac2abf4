package com.tierline.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.LineItem;
import com.tierline.application.domain.ScreeningRecord;
import com.tierline.application.domain.ScreeningRecordRepository;
import com.tierline.identity.domain.OrganisationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.SignedInUser;
import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.ScreeningService;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flowable.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drafting, submitting and reading applications. Exporters only ever reach their own organisation's rows. */
@Service
public class ApplicationService {

    public static final String PROCESS_KEY = "licence-application";

    private final LicenceApplicationRepository applications;
    private final ScreeningRecordRepository screenings;
    private final OrganisationRepository organisations;
    private final ApplicationNumbers numbers;
    private final ScreeningService screening;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final String reviewTeam;

    ApplicationService(LicenceApplicationRepository applications, ScreeningRecordRepository screenings,
            OrganisationRepository organisations, ApplicationNumbers numbers, ScreeningService screening,
            RuntimeService runtime, CurrentUser currentUser, Validator validator, ApplicationEventPublisher events,
            ObjectMapper json, Clock clock, @Value("${tierline.review.default-team}") String reviewTeam) {
        this.applications = applications;
        this.screenings = screenings;
        this.organisations = organisations;
        this.numbers = numbers;
        this.screening = screening;
        this.runtime = runtime;
        this.currentUser = currentUser;
        this.validator = validator;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.reviewTeam = reviewTeam;
    }

    /** Saves a new draft (reference null) or updates the caller's existing draft; returns the reference. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public String saveDraft(String reference, ApplicationDraft draft) {
        validate(draft);
        SignedInUser user = currentUser.require();
        LicenceApplication application;
        if (reference == null) {
            application = new LicenceApplication(numbers.next(),
                    organisations.getReferenceById(user.organisationId()), user.getUsername(), clock.instant());
        } else {
            application = ownCase(reference);
        }
        try {
            application.describe(draft.getDestinationCountry(), draft.getConsigneeName().trim(),
                    draft.getConsigneeCountry(), draft.getEndUserName().trim(), draft.getEndUserCountry(),
                    draft.getEndUse().trim(), toLineItems(draft));
        } catch (IllegalStateException notADraft) {
            throw new InvalidApplicationException(Map.of("", notADraft.getMessage()));
        }
        applications.save(application);
        audit("application.draft-saved", application.getReference(),
                Map.of("destination", draft.getDestinationCountry(), "items", draft.getItems().size()));
        return application.getReference();
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public ApplicationDraft loadDraft(String reference) {
        LicenceApplication a = ownCase(reference);
        ApplicationDraft draft = new ApplicationDraft();
        draft.setDestinationCountry(a.getDestinationCountry());
        draft.setConsigneeName(a.getConsigneeName());
        draft.setConsigneeCountry(a.getConsigneeCountry());
        draft.setEndUserName(a.getEndUserName());
        draft.setEndUserCountry(a.getEndUserCountry());
        draft.setEndUse(a.getEndUse());
        draft.setItems(a.getItems().stream().map(i -> new ItemDraft(i.getDescription(), i.getTpp(),
                i.getPerformanceDensity(), i.getQuantity(), i.getUnitValueUsd())).toList());
        return draft;
    }

    /** Submits a draft: the licence-application process starts and pre-screens it in this transaction. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public ApplicationStatus submit(String reference) {
        LicenceApplication application = ownCase(reference);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidApplicationException(Map.of("", reference + " was already submitted"));
        }
        validate(loadDraft(reference));
        application.markSubmitted(reviewTeam, clock.instant());
        audit("application.submitted", reference, Map.of("destination", application.getDestinationCountry(),
                "items", application.getItems().size()));
        String processInstanceId = runtime.startProcessInstanceByKey(PROCESS_KEY, reference,
                Map.of("applicationId", application.getId(), "teamCode", reviewTeam)).getId();
        application.attachProcess(processInstanceId);
        return application.getStatus();
    }

    /**
     * The process's pre-screen step: screens the case under the rule set in force, keeps the result with its
     * findings, moves the status on and returns the route the process takes.
     */
    @Transactional
    public Outcome.Route preScreen(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        ScreeningResult result = screening.screen(new ScreeningRequest(application.getDestinationCountry(),
                application.getItems().stream().map(i -> new ScreeningRequest.Item(i.getTpp(),
                        i.getPerformanceDensity(), i.getQuantity())).toList()));
        Instant now = clock.instant();
        ApplicationStatus next = switch (result.outcome().route()) {
            case AUTHORISED -> ApplicationStatus.AUTHORISED;
            case REVIEW -> ApplicationStatus.UNDER_REVIEW;
            case PRESUMED_DENIAL -> ApplicationStatus.PRESUMED_DENIAL;
        };
        application.recordScreening(result.outcome().name(), result.tier(), result.totalTpp(),
                result.ruleSetVersion(), now, next);
        screenings.save(new ScreeningRecord(applicationId, now, result.ruleSetVersion(), result.outcome().name(),
                result.tier(), result.totalTpp(), result.h100Equivalents(), toJson(result.findings())));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("outcome", result.outcome().name());
        payload.put("tier", result.tier());
        payload.put("totalTpp", result.totalTpp().toPlainString());
        payload.put("ruleSetVersion", result.ruleSetVersion());
        payload.put("findings", result.findings().stream().map(Finding::code).toList());
        payload.put("status", next.name());
        events.publishEvent(new AuditableAction("system", "application.screened", application.getReference(), payload));
        return result.outcome().route();
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public Page<CaseSummary> myApplications(Pageable pageable) {
        return applications.findByOrganisationId(currentUser.require().organisationId(),
                newestFirstUnlessSorted(pageable, "createdAt")).map(CaseSummary::of);
    }

    /** Exporters see their organisation's cases; government roles see all. Others' cases look unknown. */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(String reference) {
        SignedInUser user = currentUser.require();
        Optional<LicenceApplication> found = user.has(Role.REVIEWER) || user.has(Role.SENIOR_REVIEWER)
                || user.has(Role.AUDITOR)
                ? applications.findByReference(reference)
                : applications.findByReferenceAndOrganisationId(reference, user.organisationId());
        return found.map(this::details);
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public Page<CaseSummary> searchAll(String referenceContains, Pageable pageable) {
        return applications.searchSubmitted(referenceContains == null ? "" : referenceContains.trim(),
                        newestFirstUnlessSorted(pageable, "submittedAt"))
                .map(CaseSummary::of);
    }

    /** Lists open on the newest case unless the user chose a sort; the reference breaks ties stably. */
    public static Pageable newestFirstUnlessSorted(Pageable pageable, String property) {
        if (pageable.getSort().isSorted()) {
            return pageable;
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc(property), Sort.Order.desc("reference")));
    }

    private CaseDetails details(LicenceApplication a) {
        Optional<ScreeningRecord> latest = screenings.findFirstByApplicationIdOrderByScreenedAtDescIdDesc(a.getId());
        return new CaseDetails(a.getReference(), a.getOrganisation().getName(), a.getCreatedBy(),
                screening.countryLabel(a.getDestinationCountry()), a.getConsigneeName(),
                screening.countryLabel(a.getConsigneeCountry()), a.getEndUserName(),
                screening.countryLabel(a.getEndUserCountry()), a.getEndUse(), a.getItems(), a.getStatus(), a.getScreeningOutcome(),
                a.getScreeningTier(), a.getTotalTpp(), latest.map(ScreeningRecord::getH100Equivalents).orElse(null),
                a.getRuleSetVersion(), a.getScreenedAt(),
                latest.map(r -> fromJson(r.getFindingsJson())).orElse(List.of()), a.getAssignee(), a.getClaimedAt(),
                a.getDecision(), a.getDecisionReason(), a.getDecidedBy(), a.getDecidedAt(), a.getCreatedAt(),
                a.getSubmittedAt(), a.getProcessInstanceId());
    }

    private LicenceApplication ownCase(String reference) {
        return applications.findByReferenceAndOrganisationId(reference, currentUser.require().organisationId())
                .orElseThrow(() -> new CaseNotFoundException(reference));
    }

    private void validate(ApplicationDraft draft) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<ApplicationDraft> v : validator.validate(draft)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        if (draft.getDestinationCountry() != null && !errors.containsKey("destinationCountry")
                && !screening.isKnownCountry(draft.getDestinationCountry())) {
            errors.put("destinationCountry", "Unknown country code " + draft.getDestinationCountry());
        }
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    private static List<LineItem> toLineItems(ApplicationDraft draft) {
        return draft.getItems().stream().map(i -> new LineItem(i.description().trim(), null, i.tpp(),
                i.performanceDensity(), i.quantity(), i.unitValueUsd())).toList();
    }

    private void audit(String action, String reference, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, reference, payload));
    }

    private String toJson(List<Finding> findings) {
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Findings cannot be serialised", e);
        }
    }

    private List<Finding> fromJson(String findings) {
        try {
            return json.readValue(findings, new TypeReference<List<Finding>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored findings are unreadable", e);
        }
    }
}
