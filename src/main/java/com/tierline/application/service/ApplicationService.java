package com.tierline.application.service;

import com.tierline.history.service.CaseHistoryEvent;
import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.Particulars;
import com.tierline.caseprocess.service.CaseProcess;
import com.tierline.document.service.DocumentInfo;
import com.tierline.document.service.DocumentOwner;
import com.tierline.document.service.DocumentStore;
import com.tierline.document.service.DocumentUpload;
import com.tierline.identity.domain.Organisation;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.OrganisationDirectory;
import com.tierline.identity.service.SignedInUser;
import com.tierline.screening.domain.FieldError;
import com.tierline.screening.domain.InvalidScreeningRequestException;
import com.tierline.screening.domain.PartyNames;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Screener;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.ScreeningService;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    private final OrganisationDirectory organisations;
    private final SequenceNumbers numbers;
    private final ScreeningService screening;
    private final RuleSetCatalog ruleSets;
    private final ScreeningRequests requests;
    private final DraftChecks checks;
    private final CaseDetailsReader reader;
    private final CaseProcess process;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String reviewTeam;
    private final DocumentStore documents;
    private final PartyLinking partyLinks;

    ApplicationService(LicenceApplicationRepository applications, OrganisationDirectory organisations,
            SequenceNumbers numbers, ScreeningService screening, RuleSetCatalog ruleSets, ScreeningRequests requests,
            DraftChecks checks, CaseDetailsReader reader, CaseProcess process, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, @Value("${tierline.review.default-team}") String reviewTeam,
            DocumentStore documents, PartyLinking partyLinks) {
        this.applications = applications;
        this.organisations = organisations;
        this.numbers = numbers;
        this.screening = screening;
        this.ruleSets = ruleSets;
        this.requests = requests;
        this.checks = checks;
        this.reader = reader;
        this.process = process;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.reviewTeam = reviewTeam;
        this.documents = documents;
        this.partyLinks = partyLinks;
    }

    /** Saves a new draft (reference null) or updates the caller's existing draft; returns the reference. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public String saveDraft(String reference, ApplicationDraft draft) {
        SignedInUser user = currentUser.require();
        partyLinks.fillPicked(draft);
        checks.validate(draft, organisations.callersOrganisation(), false);
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
            Particulars particulars = DraftMapping.toParticulars(draft);
            application.describe(particulars, PartyNames.identityKey(particulars.consigneeName()), DraftMapping.toLineItems(draft));
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
        return DraftMapping.toDraft(ownCase(reference));
    }

    /** Submits a draft: the licence-application process starts and pre-screens it in this transaction. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional
    public ApplicationStatus submit(String reference) {
        LicenceApplication application = ownCase(reference);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new InvalidApplicationException(Map.of("", reference + " was already submitted"));
        }
        checks.validate(loadDraft(reference), application.getOrganisation(), true);
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

    /**
     * The live pre-screen of a draft as the exporter edits it: the same request the process will build, against
     * the same rule set, without saving anything.
     */
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
        checks.validateWhatIsThere(draft);
        Particulars particulars = DraftMapping.toParticulars(draft);
        RuleSet ruleSet;
        if (ruleSetVersion != null) {
            ruleSet = ruleSets.published(ruleSetVersion).orElseThrow(() -> new InvalidScreeningRequestException(
                    List.of(FieldError.unknown("ruleSetVersion", "There is no published rule set called \""
                            + ruleSetVersion + "\"; the versions are listed at /api/v1/rulesets/current"))));
        } else {
            ruleSet = checks.ruleSetOn(particulars.shipmentDate());
        }
        return screening.screen(requests.build(particulars, DraftMapping.links(draft), DraftMapping.toLineItems(draft),
                organisations.callersOrganisation(), null, ruleSet, clock.instant()), ruleSet);
    }

    /** The caller's organisation's cases only (the row rule), narrowed by the filter; paged in the database. */
    @RolesAllowed(Role.EXPORTER_)
    @Transactional(readOnly = true)
    public Page<CaseSummary> myApplications(MyCasesFilter filter, Pageable pageable) {
        Long organisationId = currentUser.require().organisationId();
        return applications.findAll(filter.forOrganisation(organisationId), newestFirstUnlessSorted(pageable,
                "createdAt")).map(CaseSummary::of);
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
        checks.validate(draft, organisations.callersOrganisation(), true);
        LicenceApplication application = store(reference, draft, user);
        start(application);
        // Read from this transaction's own entities: the filer gets the pre-screen without a second round trip.
        return reader.forExporter(application);
    }

    /**
     * Exporters see their organisation's cases; government roles see every submitted one. Others' cases, and other
     * organisations' unsubmitted drafts, look unknown: a draft is the exporter's own working copy until it is filed.
     */
    @RolesAllowed({Role.EXPORTER_, Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_})
    @Transactional(readOnly = true)
    public Optional<CaseDetails> find(String reference) {
        SignedInUser user = currentUser.require();
        boolean staff = user.has(Role.REVIEWER) || user.has(Role.SENIOR_REVIEWER) || user.has(Role.AUDITOR);
        Optional<LicenceApplication> found = staff
                ? applications.findByReference(reference).filter(a -> a.getStatus() != ApplicationStatus.DRAFT
                        || a.getOrganisation().getId().equals(user.organisationId()))
                : applications.findByReferenceAndOrganisationId(reference, user.organisationId());
        java.util.function.Function<LicenceApplication, CaseDetails> read = staff ? reader::details : reader::forExporter;
        return found.map(read);
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

    private LicenceApplication ownCase(String reference) {
        return applications.findByReferenceAndOrganisationId(reference, currentUser.require().organisationId())
                .orElseThrow(() -> new CaseNotFoundException(reference));
    }

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

    private void audit(String action, String reference, Map<String, ?> payload) {
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, reference, payload));
    }

}
