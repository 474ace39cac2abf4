package com.tierline.administration.service;

import com.tierline.application.service.OpenCaseRescreen;
import com.tierline.application.service.OpenCaseRescreen.OpenCase;
import com.tierline.application.service.OpenCaseRescreen.Reason;
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
    private final OpenCaseRescreen cases;

    RevisionRescreen(ScreeningService screening, RuleSetCatalog ruleSets, OpenCaseRescreen cases) {
        this.screening = screening;
        this.ruleSets = ruleSets;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (screening.loadedAtStart().isEmpty()) {
            return;
        }
        int count = 0;
        for (OpenCase open : cases.openCases()) {
            LocalDate shipment = open.shipmentDate();
            Optional<RuleSet> inForce = shipment == null ? Optional.of(ruleSets.current())
                    : ruleSets.findInForceOn(shipment);
            if (inForce.isPresent() && screening.loadedAtStart().contains(inForce.get().version())
                    && !inForce.get().version().equals(open.ruleSetVersion())) {
                cases.bySystem(open.reference(), inForce.get(), Reason.REVISION_SHIPPED);
                count++;
            }
        }
        log.info("Rule-set versions {} shipped: {} open case(s) re-screened", screening.loadedAtStart(), count);
    }
}
