package com.tierline.administration.service;

import com.tierline.application.service.OpenCaseRescreen;
import com.tierline.application.service.OpenCaseRescreen.OpenCase;
import com.tierline.identity.domain.Role;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.service.RuleSetCatalog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a rule-set version would change for open cases (the dry run), and publishing it with a re-screen of every
 * open case once it is in force. The cases are the application feature's: read and re-screened through
 * {@link OpenCaseRescreen}.
 */
@Service
public class RuleSetChanges {

    /** A case whose screening a version would change. */
    public record OutcomeChange(String reference, String organisation, String destination, String fromOutcome,
            String toOutcome, Integer fromTier, int toTier) {
    }

    private final OpenCaseRescreen cases;
    private final RuleSetCatalog ruleSets;
    private final Clock clock;

    RuleSetChanges(OpenCaseRescreen cases, RuleSetCatalog ruleSets, Clock clock) {
        this.cases = cases;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** Screens every open case under {@code version} without saving anything; lists the ones that would change. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public List<OutcomeChange> dryRun(String version) {
        RuleSet candidate = ruleSets.byVersion(version);
        List<OutcomeChange> changes = new ArrayList<>();
        for (OpenCase c : cases.openCases()) {
            ScreeningResult result = cases.wouldScreen(c.reference(), candidate);
            if (!result.outcome().name().equals(c.outcome()) || !Objects.equals(result.tier(), c.tier())) {
                changes.add(new OutcomeChange(c.reference(), c.organisation(), c.destinationCountry(), c.outcome(),
                        result.outcome().name(), c.tier(), result.tier()));
            }
        }
        return changes;
    }

    /** How many cases are open now: each is screened again when a newly published version takes effect. */
    @RolesAllowed(Role.ADMIN_)
    @Transactional(readOnly = true)
    public long openCases() {
        return cases.countOpen();
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
        List<OpenCase> open = cases.openCases();
        boolean inForceNow = !published.effectiveFrom().isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                && ruleSets.current().version().equals(version);
        int rescreened = 0;
        if (inForceNow && ruleSets.claimRescreen(version)) {
            for (OpenCase c : open) {
                cases.byAdministrator(c.reference(), published);
                rescreened++;
            }
        }
        return new Publication(version, published.effectiveFrom(), inForceNow, rescreened, open.size(), changes);
    }
}
