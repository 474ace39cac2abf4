package com.tierline.application.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.screening.service.ScreeningService;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When this start stored a shipped rule-set version that is now the one in force (a corrected revision of the same
 * rule set, say), every open case screened under another version is screened again through the normal path. Each
 * case keeps its earlier screening records; the new one names the version it was made under.
 */
@Component
@Order(3) // after the rule sets (0) and the allocation accounts of the one in force (2)
public class RevisionRescreen implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RevisionRescreen.class);

    private final ScreeningService screening;
    private final RuleSetCatalog ruleSets;
    private final LicenceApplicationRepository applications;
    private final CaseScreening applicationService;

    RevisionRescreen(ScreeningService screening, RuleSetCatalog ruleSets, LicenceApplicationRepository applications,
            CaseScreening applicationService) {
        this.screening = screening;
        this.ruleSets = ruleSets;
        this.applications = applications;
        this.applicationService = applicationService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (screening.loadedAtStart().isEmpty()) {
            return;
        }
        int count = 0;
        for (LicenceApplication open : applications.findByStatusIn(RuleSetChanges.OPEN)) {
            LocalDate shipment = open.particulars().shipmentDate();
            Optional<RuleSet> inForce = shipment == null ? Optional.of(ruleSets.current())
                    : ruleSets.findInForceOn(shipment);
            if (inForce.isPresent() && screening.loadedAtStart().contains(inForce.get().version())
                    && !inForce.get().version().equals(open.getRuleSetVersion())) {
                applicationService.rescreenUnderShippedRevision(open.getReference(), inForce.get());
                count++;
            }
        }
        log.info("Rule-set versions {} shipped: {} open case(s) re-screened", screening.loadedAtStart(), count);
    }
}
