package com.tierline.application.service;

import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.AuditableAction;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A version published ahead of its effective date takes effect on that date: every open case it then applies to is
 * screened again under it, through the normal re-screen path, once. A poll finds such versions; the node whose
 * atomic claim on the version's row succeeds does the re-screen in the same transaction, so a failure leaves the
 * claim open for the next poll and a second node or poll finds nothing to do.
 */
@Component
public class RuleSetTakesEffect {

    private static final Logger log = LoggerFactory.getLogger(RuleSetTakesEffect.class);

    private final RuleSetCatalog ruleSets;
    private final LicenceApplicationRepository applications;
    private final CaseScreening applicationService;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RuleSetTakesEffect(RuleSetCatalog ruleSets, LicenceApplicationRepository applications,
            CaseScreening applicationService, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.ruleSets = ruleSets;
        this.applications = applications;
        this.applicationService = applicationService;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${tierline.rule-sets.take-effect-poll}",
            fixedDelayString = "${tierline.rule-sets.take-effect-poll}")
    void poll() {
        rescreenVersionsTakingEffectBy(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    /**
     * Re-screens the open cases under every published version whose effective date is {@code today} or earlier and
     * that no node has handled yet. Returns how many cases this call re-screened (0 when another got there first).
     */
    int rescreenVersionsTakingEffectBy(LocalDate today) {
        int total = 0;
        for (String version : ruleSets.takingEffectBy(today)) {
            Integer count = transaction.execute(status -> ruleSets.claimRescreen(version)
                    ? rescreenUnder(ruleSets.byVersion(version), today) : 0);
            total += count == null ? 0 : count;
        }
        return total;
    }

    /** Only cases the version now applies to (by shipment date, else today, as at filing) and not already screened under it. */
    private int rescreenUnder(RuleSet version, LocalDate today) {
        int count = 0;
        for (LicenceApplication open : applications.findByStatusIn(RuleSetChanges.OPEN)) {
            LocalDate shipment = open.particulars().shipmentDate();
            Optional<RuleSet> applies = ruleSets.findInForceOn(shipment == null ? today : shipment);
            if (applies.isPresent() && applies.get().version().equals(version.version())
                    && !version.version().equals(open.getRuleSetVersion())) {
                applicationService.rescreenAsVersionTakesEffect(open.getReference(), version);
                count++;
            }
        }
        events.publishEvent(new AuditableAction("system", "ruleset.took-effect", null,
                Map.of("version", version.version(), "effectiveFrom", version.effectiveFrom().toString(),
                        "rescreened", count)));
        log.info("Rule-set version {} took effect; open cases re-screened under it: {}", version.version(), count);
        return count;
    }
}
