package com.tierline.application.service;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.ScreeningService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a rule-set version would change for open cases (the dry run), and publishing it with a re-screen of every
 * open case once it is in force.
 */
@Service
public class RuleSetChanges {

    /** A case whose screening a version would change. */
    public record OutcomeChange(String reference, String organisation, String destination, String fromOutcome,
            String toOutcome, Integer fromTier, int toTier) {
    }

    static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.PRESUMED_DENIAL, ApplicationStatus.AWAITING_EXPORTER, ApplicationStatus.ESCALATED);

    private final LicenceApplicationRepository applications;
    private final CaseScreening applicationService;
    private final ScreeningRequests requests;
    private final ScreeningService screening;
    private final RuleSetCatalog ruleSets;
    private final Clock clock;

    RuleSetChanges(LicenceApplicationRepository applications, CaseScreening applicationService,
            ScreeningRequests requests, ScreeningService screening, RuleSetCatalog ruleSets, Clock clock) {
        this.applications = applications;
        this.applicationService = applicationService;
        this.requests = requests;
        this.screening = screening;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** Screens every open case under {@code version} without saving anything; lists the ones that would change. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<OutcomeChange> dryRun(String version) {
        RuleSet candidate = ruleSets.byVersion(version);
        List<OutcomeChange> changes = new ArrayList<>();
        for (LicenceApplication a : applications.findByStatusIn(OPEN)) {
            ScreeningResult result = screening.screen(requests.build(a.particulars(),
                    ScreeningRequests.PartyLinks.of(a), a.getItems(),
                    a.getOrganisation(), a.getId(), candidate, clock.instant()), candidate);
            if (!result.outcome().name().equals(a.getScreeningOutcome())
                    || !Objects.equals(result.tier(), a.getScreeningTier())) {
                changes.add(new OutcomeChange(a.getReference(), a.getOrganisation().getName(),
                        a.getDestinationCountry(), a.getScreeningOutcome(), result.outcome().name(),
                        a.getScreeningTier(), result.tier()));
            }
        }
        return changes;
    }

    /** How many cases are open now: each is screened again when a newly published version takes effect. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public long openCases() {
        return applications.countByStatusIn(OPEN);
    }

    /**
     * What publishing did: {@code changes} is what the version changes for the cases open now (the dry run);
     * {@code rescreenedNow} is how many were screened again at once (0 for a version that takes effect later);
     * {@code openNow} is how many cases are open, each of which is screened again on {@code effectiveFrom} if
     * still open then.
     */
    public record Publication(String version, LocalDate effectiveFrom, boolean inForceNow, int rescreenedNow,
            int openNow, List<OutcomeChange> changes) {
    }

    /**
     * Publishes a draft. A version in force today re-screens every open case under it now; a future-dated one is
     * left to {@link RuleSetTakesEffect} on its effective date, so the view can say which happened.
     */
    @RolesAllowed(Role.ADMIN_)
    @Transactional
    public Publication publish(String version) {
        List<OutcomeChange> changes = dryRun(version);
        ruleSets.publish(version);
        RuleSet published = ruleSets.byVersion(version);
        List<LicenceApplication> open = applications.findByStatusIn(OPEN);
        boolean inForceNow = !published.effectiveFrom().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                && ruleSets.current().version().equals(version);
        int rescreened = 0;
        if (inForceNow && ruleSets.claimRescreen(version)) {
            for (LicenceApplication a : open) {
                applicationService.rescreen(a.getReference(), published);
                rescreened++;
            }
        }
        return new Publication(version, published.effectiveFrom(), inForceNow, rescreened, open.size(), changes);
    }
}
