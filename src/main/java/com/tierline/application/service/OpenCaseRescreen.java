package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.ScreeningService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open cases screened again when the rules change (administration's rule-set changes): which cases are open, what a
 * version would make of one without saving anything, and the re-screen itself, through the same path as every other
 * screening. A re-screen by the system (start-up, the effective-date poll) runs with no one signed in; a person who
 * is signed in never reaches it, so no screen or API can re-screen a case in the system's name.
 */
@Service
public class OpenCaseRescreen {

    /** The statuses in which a case still waits for a decision, so a change of rules reaches it. */
    static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.AWAITING_EXPORTER, ApplicationStatus.ESCALATED);

    /** An open case as the rule-set change sees it: its current screening and the date its rules are chosen by. */
    public record OpenCase(String reference, String organisation, String destinationCountry, String outcome,
            Integer tier, String ruleSetVersion, LocalDate shipmentDate) {

        static OpenCase of(LicenceApplication a) {
            return new OpenCase(a.getReference(), a.getOrganisation().getName(), a.getDestinationCountry(),
                    a.getScreeningOutcome(), a.getScreeningTier(), a.getRuleSetVersion(),
                    a.particulars().shipmentDate());
        }
    }

    /** Why the system screened a case again, in the words its audit event and timeline give. */
    public enum Reason {
        REVISION_SHIPPED("rule-set revision shipped"),
        VERSION_TOOK_EFFECT("rule-set version took effect");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private final LicenceApplicationRepository applications;
    private final CaseScreening caseScreening;
    private final ScreeningRequests requests;
    private final ScreeningService screening;
    private final CurrentUser currentUser;
    private final Clock clock;

    OpenCaseRescreen(LicenceApplicationRepository applications, CaseScreening caseScreening,
            ScreeningRequests requests, ScreeningService screening, CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.caseScreening = caseScreening;
        this.requests = requests;
        this.screening = screening;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every open case, for an administrator or the system. */
    @Transactional(readOnly = true)
    public List<OpenCase> openCases() {
        currentUser.find().filter(user -> !user.has(Role.ADMIN)).ifPresent(user -> {
            throw new AccessDeniedException("Only administrators list the cases a rule-set change reaches");
        });
        return applications.findByStatusIn(OPEN).stream().map(OpenCase::of).toList();
    }

    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public long countOpen() {
        return applications.countByStatusIn(OPEN);
    }

    /**
     * What screening the case under {@code candidate} would give now, saving nothing: the same request a re-screen
     * builds, so the case's own reservation is not counted against it.
     */
    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public ScreeningResult wouldScreen(String reference, RuleSet candidate) {
        LicenceApplication application = applications.findByReference(reference).orElseThrow();
        return screening.screen(requests.forCase(application, candidate, clock.instant()), candidate);
    }

    /**
     * Screens an open case again under a version an administrator published to be in force now. The case keeps its
     * place in the process (a reviewer decides with the new findings in front of them); outcome, tier, version and
     * reservation follow.
     */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public ScreeningResult byAdministrator(String reference, RuleSet published) {
        return caseScreening.rescreenAs(reference, published, currentUser.actorName(), Map.of());
    }

    /** The same re-screen by the system, for {@code reason}; refused to anyone signed in. */
    @Transactional
    public ScreeningResult bySystem(String reference, RuleSet ruleSet, Reason reason) {
        if (currentUser.find().isPresent()) {
            throw new AccessDeniedException("Only the system re-screens a case because the rules changed");
        }
        return caseScreening.rescreenAs(reference, ruleSet, "system", Map.of("reason", reason.words));
    }
}
