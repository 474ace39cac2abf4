package com.tierline.application.service;

import com.tierline.allocation.service.AllocationLedger;
import jakarta.persistence.criteria.Predicate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierline.application.domain.ApplicantContact;
import java.math.BigDecimal;
import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentOwner;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.FleetDeclaration;
import com.tierline.application.domain.Particulars;
import com.tierline.application.domain.TradeParty;
import com.tierline.identity.domain.Organisation;
import com.tierline.screening.domain.FieldError;
import com.tierline.screening.domain.InvalidScreeningRequestException;
import com.tierline.screening.domain.PartyNames;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Screener;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.LineItem;
import com.tierline.application.domain.ScreeningRecord;
import com.tierline.application.domain.ScreeningRecordRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.OrganisationDirectory;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import com.tierline.caseprocess.service.CaseProcess;
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

    private final LicenceApplicationRepository applications;
    private final ScreeningRecordRepository screenings;
    private final OrganisationDirectory organisations;
    private final SequenceNumbers numbers;
    private final ScreeningService screening;
    private final RuleSetCatalog ruleSets;
    private final ScreeningRequests requests;
    private final AllocationLedger ledger;
    private final CaseProcess process;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final String reviewTeam;

    private final DocumentStore documents;
    private final PartyLinking partyLinks;

    ApplicationService(LicenceApplicationRepository applications, ScreeningRecordRepository screenings,
            OrganisationDirectory organisations, SequenceNumbers numbers, ScreeningService screening,
            RuleSetCatalog ruleSets, ScreeningRequests requests, AllocationLedger ledger,
            CaseProcess process, CurrentUser currentUser, Validator validator, ApplicationEventPublisher events,
            ObjectMapper json, Clock clock, @Value("${tierline.review.default-team}") String reviewTeam,
            DocumentStore documents, PartyLinking partyLinks) {
        this.documents = documents;
        this.partyLinks = partyLinks;
        this.applications = applications;
        this.screenings = screenings;
        this.organisations = organisations;
        this.numbers = numbers;
        this.screening = screening;
        this.ruleSets = ruleSets;
        this.requests = requests;
        this.ledger = ledger;
        this.process = process;
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
        SignedInUser user = currentUser.require();
        partyLinks.fillPicked(draft);
        validate(draft, organisations.callersOrganisation(), false);
        return store(reference, draft, user).getReference();
    }

    /** Writes the draft's content to the case (new when {@code reference} is null); checks were made by the caller. */
    private LicenceApplication store(String reference, ApplicationDraft draft, SignedInUser user) {
        LicenceApplication application;
        if (reference == null) {
            application = new LicenceApplication(numbers.next("licence_application_seq"),
                    organisations.callersOrganisation(), user.getUsername(), clock.instant());
        } else {
            application = ownCase(reference);
        }
        try {
            Particulars particulars = toParticulars(draft);
            application.describe(particulars, PartyNames.identityKey(particulars.consigneeName()), toLineItems(draft));
            application.linkParties(draft.getConsigneePartyId(), draft.getEndUserPartyId());
            application.acceptDeclaration(draft.isDeclarationAccepted());
        } catch (IllegalStateException notADraft) {
            throw new InvalidApplicationException(Map.of("", notADraft.getMessage()));
        }
        applications.save(application);
        audit("application.draft-saved", application.getReference(),
                Map.of("destination", String.valueOf(draft.getDestinationCountry()), "items", draft.getItems().size()));
        return application;
    }

    /**
     * Files supporting documents on the caller's draft. The documents go with the application when it is
     * submitted; after that they can only be added in reply to a request for information.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public List<DocumentInfo> attachDocuments(String reference, List<DocumentUpload> uploads) {
        uploads.forEach(documents::check);
        LicenceApplication application = ownCase(reference);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new CaseActionRefusedException(reference + " has been submitted; add documents in reply to a "
                    + "request for information instead.");
        }
        return documents.file(DocumentOwner.application(application.getOrganisation().getId(), reference), uploads);
    }

    /** The caller's organisation's validated-end-user status ("UNIVERSAL", "NATIONAL"), or null. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public String myVeuStatus() {
        return java.util.Optional.of(organisations.callersOrganisation()).map(Organisation::getVeuType)
                .orElse(null);
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public ApplicationDraft loadDraft(String reference) {
        LicenceApplication a = ownCase(reference);
        ApplicationDraft draft = new ApplicationDraft();
        draft.setDestinationCountry(a.getDestinationCountry());
        draft.setConsigneeName(a.getConsigneeName());
        draft.setConsigneePartyId(a.getConsigneePartyId());
        draft.setEndUserPartyId(a.getEndUserPartyId());
        draft.setConsigneeCountry(a.getConsigneeCountry());
        draft.setEndUserName(a.getEndUserName());
        draft.setEndUserCountry(a.getEndUserCountry());
        draft.setEndUse(a.getEndUse());
        draft.setConsigneeHeadquartersCountry(a.getConsigneeHeadquartersCountry());
        draft.setUltimateEndUserName(a.getUltimateEndUserName());
        draft.setUltimateEndUserCountry(a.getUltimateEndUserCountry());
        draft.setDataCentreName(a.getDataCentreName());
        draft.setDataCentreCountry(a.getDataCentreCountry());
        draft.setOrigins(a.particulars().origins());
        draft.setShipmentDate(a.particulars().shipmentDate());
        draft.setPurchaser(draftParty(a.particulars().purchaser()));
        draft.setIntermediateConsignees(a.particulars().intermediateConsignees().stream()
                .map(ApplicationService::draftParty).toList());
        draft.setContactName(a.particulars().contact().name());
        draft.setContactEmail(a.particulars().contact().email());
        draft.setContactPhone(a.particulars().contact().phone());
        draft.setDeclarationAccepted(a.isDeclarationAccepted());
        draft.setAttestations(a.getAttestations());
        FleetDeclaration fleet = a.particulars().fleet();
        if (fleet != null) {
            draft.setFleetTotalTpp(fleet.totalTpp());
            draft.setFleetTier1Tpp(fleet.tier1Tpp());
            draft.setFleetUsTpp(fleet.usTpp());
            draft.setFleetInDestinationTpp(fleet.inDestinationTpp());
        }
        draft.setItems(a.getItems().stream().map(i -> new ItemDraft(i.getDescription(), i.getModel(), i.getTpp(),
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
        validate(loadDraft(reference), application.getOrganisation(), true);
        start(application);
        return application.getStatus();
    }

    /** Marks a complete, checked draft submitted and starts its process, which pre-screens it at once. */
    private void start(LicenceApplication application) {
        String reference = application.getReference();
        // Filing, not a pre-screen, settles who the parties are (a provisional party for a name never seen).
        partyLinks.atFiling(application, currentUser.require().getUsername());
        application.markSubmitted(reviewTeam, clock.instant(), currentUser.require().getUsername());
        audit("application.submitted", reference, Map.of("destination", application.getDestinationCountry(),
                "items", application.getItems().size()));
        application.attachProcess(process.start(reference, application.getId(), reviewTeam,
                exporterGroup(application)));
    }

    /**
     * The process's pre-screen step: screens the case under the rule set in force, keeps the result with its
     * findings and returns the route the process takes (the status follows the step the route leads to).
     */
    @Transactional
    public ProcessStep preScreen(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        Instant now = clock.instant();
        RuleSet ruleSet = ruleSetFor(application.particulars());
        ScreeningResult result = screen(application, ruleSet, now);
        // The pre-screen is the process's step, not the submitter's act.
        apply(application, result, ruleSet, now, "system", "application.screened",
                Map.of("route", result.outcome().route().name()));
        return new ProcessStep(result.outcome().route().name());
    }

    /** The process's re-screen after the exporter replied: back to the queue the new outcome calls for. */
    @Transactional
    public ProcessStep rescreenAfterReply(long applicationId) {
        LicenceApplication application = applications.findById(applicationId).orElseThrow();
        Instant now = clock.instant();
        RuleSet ruleSet = ruleSetFor(application.particulars());
        ScreeningResult result = screen(application, ruleSet, now);
        apply(application, result, ruleSet, now, "system", "application.rescreened",
                Map.of("after", "exporter reply"));
        return new ProcessStep(result.outcome().route() == Outcome.Route.PRESUMED_DENIAL ? "PRESUMED_DENIAL"
                : "REVIEW");
    }

    /**
     * An upheld denial appeal: the case starts a fresh licence-application process (pre-screen, then review), with
     * the appeal's outcome in its history. Called by the appeal process.
     */
    @RolesAllowed(Role.SENIOR_REVIEWER_)
    @Transactional
    public void reopenAfterAppeal(String reference, String appealReference) {
        LicenceApplication application = applications.lockByReference(reference).orElseThrow();
        application.reopenAfterAppeal();
        events.publishEvent(new CaseHistoryEvent.Reopened(application.getId(), currentUser.actorName(),
                appealReference));
        events.publishEvent(new AuditableAction(currentUser.actorName(), "application.reopened", reference,
                Map.of("appeal", appealReference)));
        application.attachProcess(process.start(reference, application.getId(), application.getTeamCode(),
                exporterGroup(application)));
    }

    /** The candidate group of exporter tasks: everyone in the case's organisation. */
    public static String exporterGroup(LicenceApplication application) {
        return "org-" + application.getOrganisation().getId();
    }

    /**
     * Screens an open case again under {@code ruleSet}, by {@code actor}: the path every re-screen for a rule-set
     * change takes. Package-private, for {@link OpenCaseRescreen} only, which holds the role and system checks.
     */
    @Transactional
    ScreeningResult rescreenAs(String reference, RuleSet ruleSet, String actor, Map<String, Object> extra) {
        LicenceApplication application = applications.lockByReference(reference).orElseThrow();
        Instant now = clock.instant();
        String before = application.getScreeningOutcome();
        ScreeningResult result = screen(application, ruleSet, now);
        Map<String, Object> payload = new LinkedHashMap<>(extra);
        payload.put("previousOutcome", before);
        payload.put("previousRuleSetVersion", String.valueOf(application.getRuleSetVersion()));
        apply(application, result, ruleSet, now, actor, "application.rescreened", payload);
        return result;
    }

    /** Screens a case as it stands now, with the same request builder the live preview uses. */
    private ScreeningResult screen(LicenceApplication application, RuleSet ruleSet, Instant now) {
        return screening.screen(requests.forCase(application, ruleSet, now), ruleSet);
    }

    /** Puts a screening on the case: its figures, the allocation reservation, the record and audit. */
    private void apply(LicenceApplication application, ScreeningResult result, RuleSet ruleSet, Instant now,
            String actor, String action, Map<String, Object> extra) {
        application.recordScreening(result.outcome().name(), result.tier(), result.effectiveTier(),
                result.totalTpp(), result.controlledTpp(), result.h100Equivalents(), result.ruleSetVersion(), now);
        keepReservationInStep(application, result, ruleSet);
        record(application, result, now, actor, action, extra);
    }

    /** Reserves allocation while a Tier 2 licence case is open, and hands it back when that stops being so. */
    private void keepReservationInStep(LicenceApplication application, ScreeningResult result, RuleSet ruleSet) {
        boolean shouldReserve = result.allocation() != null && result.outcome() == Outcome.LICENCE_REQUIRED;
        if (application.getAllocationReservedTpp() != null) {
            ledger.release(application.getDestinationCountry(), application.getAllocationPeriod(), ruleSet,
                    application.takeReservation());
        }
        if (shouldReserve) {
            // Counted as reserved while under review, so later screenings see what is already spoken for.
            ledger.reserve(application.getDestinationCountry(), ruleSet, result.controlledTpp());
            application.reserveAllocation(ruleSet.thresholds().allocationPeriod(), result.controlledTpp());
        }
    }

    private void record(LicenceApplication application, ScreeningResult result, Instant now, String actor,
            String action, Map<String, Object> extra) {
        application.flagRestrictedParty(result.hasFinding("RESTRICTED_PARTY_MATCH"));
        screenings.save(new ScreeningRecord(application.getId(), now, result.ruleSetVersion(),
                result.outcome().name(), result.tier(), result.effectiveTier(), result.totalTpp(),
                result.controlledTpp(), result.h100Equivalents(), toJson(result)));
        Map<String, Object> payload = new LinkedHashMap<>(extra);
        payload.put("outcome", result.outcome().name());
        payload.put("tier", result.tier());
        payload.put("effectiveTier", result.effectiveTier());
        payload.put("totalTpp", result.totalTpp().toPlainString());
        payload.put("controlledTpp", result.controlledTpp().toPlainString());
        if (result.h100Equivalents() != null) {
            payload.put("h100Equivalents", result.h100Equivalents().toPlainString());
        }
        payload.put("ruleSetVersion", result.ruleSetVersion());
        payload.put("findings", result.findings().stream().map(Finding::code).toList());
        events.publishEvent(new AuditableAction(actor, action, application.getReference(), payload));
    }

    /**
     * The live pre-screen of a draft as the exporter edits it: the same request the process will build, against
     * the same rule set, without saving anything.
     */
    /**
     * What the rule set says is wrong with one item line before it joins the draft (a TPP that cannot be classified
     * without its density, an unknown model), keyed by the item's own field names, so the form can refuse it at the
     * field instead of only in the pre-screen.
     */
    @RolesAllowed(Role.EXPORTER_)
    public Map<String, String> itemProblems(ItemDraft item) {
        String model = item.model() == null || item.model().isBlank() ? null : item.model().trim();
        ScreeningRequest oneItem = new ScreeningRequest(null, List.of(new ScreeningRequest.Item(model, item.tpp(),
                item.performanceDensity(), item.quantity() == null ? 1 : item.quantity())));
        Map<String, String> problems = new TreeMap<>();
        for (FieldError e : Screener.validate(oneItem, ruleSets.current())) {
            if (e.field().startsWith("items[0].")) {
                problems.putIfAbsent(e.field().substring("items[0].".length()), e.message());
            }
        }
        return problems;
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public ScreeningResult preview(ApplicationDraft draft) {
        return preview(draft, null);
    }

    /**
     * The pre-screen under a named published rule-set version, or (null) the one in force on the draft's shipment
     * date, else today. An unknown version, or a shipment date before any rule set, is a field error.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public ScreeningResult preview(ApplicationDraft draft, String ruleSetVersion) {
        SignedInUser user = currentUser.require();
        partyLinks.fillPicked(draft);
        validateWhatIsThere(draft);
        Particulars particulars = toParticulars(draft);
        RuleSet ruleSet;
        if (ruleSetVersion != null) {
            ruleSet = ruleSets.published(ruleSetVersion).orElseThrow(() -> new InvalidScreeningRequestException(
                    List.of(FieldError.unknown("ruleSetVersion", "There is no published rule set called \""
                            + ruleSetVersion + "\"; the versions are listed at /api/v1/rulesets/current"))));
        } else {
            ruleSet = ruleSetOn(particulars.shipmentDate());
        }
        return screening.screen(requests.build(particulars, links(draft), toLineItems(draft),
                organisations.callersOrganisation(), null, ruleSet, clock.instant()), ruleSet);
    }

    /** The rule set in force on the intended shipment date where one is given, otherwise today (RULES.md §3.1). */
    private RuleSet ruleSetFor(Particulars p) {
        return ruleSetOn(p.shipmentDate());
    }

    private RuleSet ruleSetOn(LocalDate shipmentDate) {
        if (shipmentDate == null) {
            return ruleSets.current();
        }
        return ruleSets.findInForceOn(shipmentDate).orElseThrow(() -> new InvalidScreeningRequestException(
                List.of(FieldError.invalid("shipmentDate", "No rule set is in force on " + shipmentDate
                        + ": give a shipment date on or after the first rule set's effective date"))));
    }

    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public Page<CaseSummary> myApplications(Pageable pageable) {
        return myApplications(MyCasesFilter.NONE, pageable);
    }

    /** The caller's organisation's cases only (the row rule), narrowed by the filter; paged in the database. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public Page<CaseSummary> myApplications(MyCasesFilter filter, Pageable pageable) {
        Long organisationId = currentUser.require().organisationId();
        Specification<LicenceApplication> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("organisation").get("id"), organisationId));
            if (filter.referenceContains() != null && !filter.referenceContains().isBlank()) {
                where.add(cb.like(cb.upper(root.get("reference")),
                        "%" + filter.referenceContains().trim().toUpperCase(Locale.ROOT) + "%"));
            }
            if (!filter.statuses().isEmpty()) {
                where.add(root.get("status").in(filter.statuses()));
            }
            if (filter.destinationCountry() != null && !filter.destinationCountry().isBlank()) {
                where.add(cb.equal(root.get("destinationCountry"), filter.destinationCountry()));
            }
            if (filter.createdFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("createdAt"),
                        filter.createdFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (filter.createdTo() != null) {
                where.add(cb.lessThan(root.get("createdAt"),
                        filter.createdTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
            if (Long.class != query.getResultType() && long.class != query.getResultType()) {
                root.fetch("organisation");
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return applications.findAll(spec, newestFirstUnlessSorted(pageable, "createdAt")).map(CaseSummary::of);
    }

    /**
     * Files an application in one step, as the API does: saves it and submits it in a single transaction, so an
     * invalid application leaves no draft behind.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public CaseDetails file(ApplicationDraft draft) {
        return submit(null, draft);
    }

    /**
     * Files the draft as the form holds it, new ({@code reference} null) or the caller's saved draft: the content is
     * checked, written and submitted in this one transaction, so a refusal leaves the saved draft exactly as it was.
     * The browser and the API file through here alike.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public CaseDetails submit(String reference, ApplicationDraft draft) {
        SignedInUser user = currentUser.require();
        if (draft.getContactName() == null || draft.getContactName().isBlank()) {
            draft.setContactName(user.displayName());
        }
        if (reference != null && ownCase(reference).getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidApplicationException(Map.of("", reference + " was already submitted"));
        }
        partyLinks.fillPicked(draft);
        // One check of the whole application; the draft and the submission steps need not repeat it.
        validate(draft, organisations.callersOrganisation(), true);
        LicenceApplication application = store(reference, draft, user);
        start(application);
        // Read from this transaction's own entities: the filer gets the pre-screen without a second round trip.
        return details(application);
    }

    /**
     * Exporters see their organisation's cases; government roles see every submitted one. Others' cases, and other
     * organisations' unsubmitted drafts, look unknown: a draft is the exporter's own working copy until it is filed.
     */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(String reference) {
        SignedInUser user = currentUser.require();
        Optional<LicenceApplication> found = user.has(Role.REVIEWER) || user.has(Role.SENIOR_REVIEWER)
                || user.has(Role.AUDITOR)
                ? applications.findByReference(reference).filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getOrganisation().getId().equals(user.organisationId()))
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
        List<ScreeningSnapshot> history = screenings.findByApplicationIdOrderByScreenedAtAscIdAsc(a.getId()).stream()
                .map(r -> new ScreeningSnapshot(r.getScreenedAt(), fromJson(r.getResultJson()))).toList();
        ScreeningResult latest = history.isEmpty() ? null : history.get(history.size() - 1).result();
        return new CaseDetails(a.getReference(), a.getOrganisation().getName(), a.getCreatedBy(),
                screening.countryLabel(a.getDestinationCountry()), a.getConsigneeName(),
                screening.countryLabel(a.getConsigneeCountry()), a.getConsigneeHeadquartersCountry() == null ? null
                        : screening.countryLabel(a.getConsigneeHeadquartersCountry()),
                a.getEndUserName(), screening.countryLabel(a.getEndUserCountry()), a.getUltimateEndUserName(),
                a.getUltimateEndUserCountry() == null ? null : screening.countryLabel(a.getUltimateEndUserCountry()),
                a.getEndUse(), a.getDataCentreName(), a.getAttestations(), a.getItems(), a.getStatus(),
                a.getScreeningOutcome(), a.getScreeningTier(), a.getEffectiveTier(), a.getTotalTpp(),
                a.getControlledTpp(), a.getH100Equivalents(), latest == null ? null : latest.allocation(),
                a.getRuleSetVersion(), a.getScreenedAt(), latest == null ? List.of() : latest.findings(), history,
                a.getAssignee(), a.getClaimedAt(), a.getDecision(), a.getDecisionReason(), a.getDecidedBy(),
                a.getDecidedAt(), a.getCreatedAt(), a.getSubmittedAt(), a.getProcessInstanceId(), a.getLicenceNumber(),
                a.getLicenceValidUntil(), a.getSlaState(), a.getSlaDueAt(), a.getWithdrawnReason(), a.getEscalatedBy(),
                a.getEscalationReason(), otherParties(a.particulars()));
    }

    private List<CaseDetails.OtherParty> otherParties(Particulars p) {
        List<CaseDetails.OtherParty> parties = new java.util.ArrayList<>();
        if (p.purchaser() != null) {
            parties.add(new CaseDetails.OtherParty("Purchaser", p.purchaser().name(), label(p.purchaser().country())));
        }
        for (int i = 0; i < p.intermediateConsignees().size(); i++) {
            TradeParty t = p.intermediateConsignees().get(i);
            parties.add(new CaseDetails.OtherParty("Intermediate consignee " + (i + 1)
                    + (t.role() == null ? "" : " (" + t.role() + ")"), t.name(), label(t.country())));
        }
        return parties;
    }

    private String label(String country) {
        return country == null ? null : screening.countryLabel(country);
    }

    private LicenceApplication ownCase(String reference) {
        return applications.findByReferenceAndOrganisationId(reference, currentUser.require().organisationId())
                .orElseThrow(() -> new CaseNotFoundException(reference));
    }

    /** Bean Validation for the form's own rules, then the screener's input checks, all as field messages. */
    /**
     * "Start from this application", as BIS's filing portal allows: a new draft of the caller's own case with its
     * parties, items, end use and data centre, but not its documents, declaration or shipment date (they belong to
     * the earlier filing). Nothing is screened until the draft is, so it is screened afresh under today's rules.
     */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public String startFrom(String reference) {
        SignedInUser user = currentUser.require();
        ApplicationDraft copy = loadDraft(reference);
        copy.setDeclarationAccepted(false);
        copy.setShipmentDate(null);
        partyLinks.keepOnlyPickable(copy);
        String started = store(null, copy, user).getReference();
        audit("application.started-from", started, Map.of("from", reference));
        return started;
    }

    /** A new draft, with the signed-in exporter as the contact until they say otherwise. */
    @RolesAllowed(Role.EXPORTER_)
    public ApplicationDraft newDraft() {
        ApplicationDraft draft = new ApplicationDraft();
        draft.setContactName(currentUser.require().displayName());
        return draft;
    }

    /**
     * A draft may be saved half-filled, so only what is there is checked (formats, ranges, known codes); submitting
     * ({@code complete}) also requires everything the decision needs.
     */
    private void validate(ApplicationDraft draft, Organisation organisation, boolean complete) {
        Map<String, String> errors = new TreeMap<>();
        boolean screenable = true;
        for (ConstraintViolation<ApplicationDraft> v : validator.validate(draft)) {
            if (complete || !isRequirement(v)) {
                errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
            }
            screenable &= !isBeyondLimits(v);
        }
        // Figures past their limits or too many lines are reported on their own: screening them is pointless work.
        if (screenable) {
            Particulars particulars = toParticulars(draft);
            var inForce = particulars.shipmentDate() == null ? java.util.Optional.of(ruleSets.current())
                    : ruleSets.findInForceOn(particulars.shipmentDate());
            if (inForce.isEmpty()) {
                errors.putIfAbsent("shipmentDate", "No rule set is in force on " + particulars.shipmentDate()
                        + ": give a shipment date on or after the first rule set's effective date");
                throw new InvalidApplicationException(errors);
            }
            RuleSet ruleSet = inForce.get();
            ScreeningRequest request = requests.inputOnly(particulars, links(draft), toLineItems(draft),
                    clock.instant());
            for (FieldError e : Screener.validate(request, ruleSet)) {
                if (complete || e.problem() == FieldError.Problem.UNKNOWN) {
                    errors.putIfAbsent(draftField(e.field()), e.message());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    private static boolean isBeyondLimits(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == DecimalMax.class || type == Digits.class || type == Max.class
                || type == Size.class && "items".equals(violation.getPropertyPath().toString());
    }

    /** The checks a half-filled draft must already pass (ranges, decimals, characters), before it is even screened. */
    private void validateWhatIsThere(ApplicationDraft draft) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<ApplicationDraft> v : validator.validate(draft)) {
            if (!isRequirement(v)) {
                errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidApplicationException(errors);
        }
    }

    private static boolean isRequirement(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == jakarta.validation.constraints.NotBlank.class || type == jakarta.validation.constraints.NotNull.class
                || type == jakarta.validation.constraints.NotEmpty.class
                || type == jakarta.validation.constraints.AssertTrue.class;
    }

    /** Screener field paths ("consignee.headquartersCountry", "veu.fleetTotalTpp") as the draft's properties. */
    private static String draftField(String screenerField) {
        return switch (screenerField) {
            case "consignee.country" -> "consigneeCountry";
            case "consignee.headquartersCountry" -> "consigneeHeadquartersCountry";
            case "endUser.country" -> "endUserCountry";
            case "ultimateEndUser.country" -> "ultimateEndUserCountry";
            default -> screenerField.startsWith("veu.fleet") ? screenerField.substring(4) : screenerField;
        };
    }

    private static Particulars toParticulars(ApplicationDraft d) {
        FleetDeclaration fleet = d.getFleetTotalTpp() == null && d.getFleetTier1Tpp() == null
                && d.getFleetUsTpp() == null && d.getFleetInDestinationTpp() == null ? null
                : new FleetDeclaration(d.getFleetTotalTpp(), d.getFleetTier1Tpp(), d.getFleetUsTpp(),
                        d.getFleetInDestinationTpp());
        return new Particulars(d.getDestinationCountry(), trim(d.getConsigneeName()), d.getConsigneeCountry(),
                d.getConsigneeHeadquartersCountry(), trim(d.getEndUserName()), d.getEndUserCountry(),
                trim(d.getUltimateEndUserName()), d.getUltimateEndUserCountry(), trim(d.getEndUse()),
                trim(d.getDataCentreName()), d.getDataCentreCountry(), d.getAttestations(), fleet,
                new ApplicantContact(trim(d.getContactName()), trim(d.getContactEmail()), trim(d.getContactPhone())),
                d.getOrigins(), d.getShipmentDate(), party(d.getPurchaser()),
                d.getIntermediateConsignees().stream().map(ApplicationService::party).toList());
    }

    private static ScreeningRequests.PartyLinks links(ApplicationDraft d) {
        return new ScreeningRequests.PartyLinks(d.getConsigneePartyId(), d.getEndUserPartyId());
    }

    private static TradeParty party(PartyDraft p) {
        return p == null ? null : new TradeParty(p.name(), p.country(), p.role());
    }

    private static PartyDraft draftParty(TradeParty p) {
        return p == null ? null : new PartyDraft(p.name(), p.country(), p.role());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Items as stored; a catalogue model without declared figures is resolved by the screener's rule set. */
    private static List<LineItem> toLineItems(ApplicationDraft draft) {
        return draft.getItems().stream().map(i -> new LineItem(i.description() == null ? null : i.description().trim(),
                i.model() == null || i.model().isBlank() ? null : i.model().trim(), i.tpp(), i.performanceDensity(),
                i.quantity() == null ? 0 : i.quantity(), i.unitValueUsd())).toList();
    }

    private void audit(String action, String reference, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, reference, payload));
    }

    private String toJson(ScreeningResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Findings cannot be serialised", e);
        }
    }

    private ScreeningResult fromJson(String result) {
        try {
            return json.readValue(result, ScreeningResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored findings are unreadable", e);
        }
    }
}
