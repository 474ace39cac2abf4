package com.tierline.screening.service;

import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.domain.Screener;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** Screens requests against the rule set in force (or a named one) and the current restricted-party list. */
@Service
@Order(0)
public class ScreeningService implements ApplicationRunner {

    private final RuleSetCatalog ruleSets;
    private final RestrictedPartyService restrictedParties;
    private volatile List<String> loadedAtStart = List.of();

    public ScreeningService(RuleSetCatalog ruleSets, RestrictedPartyService restrictedParties) {
        this.ruleSets = ruleSets;
        this.restrictedParties = restrictedParties;
    }

    /** Start-up: make sure the shipped rule sets and demo restricted-party list are in the database. */
    @Override
    public void run(ApplicationArguments args) {
        loadedAtStart = List.copyOf(ruleSets.loadShippedVersions());
        restrictedParties.loadShippedListIfEmpty();
    }

    /** The shipped versions this start stored for the first time (open cases are re-screened under them). */
    public List<String> loadedAtStart() {
        return loadedAtStart;
    }

    public ScreeningResult screen(ScreeningRequest request) {
        return screen(request, ruleSets.current());
    }

    public ScreeningResult screen(ScreeningRequest request, RuleSet ruleSet) {
        return Screener.screen(request, ruleSet, restrictedParties.current());
    }

    public RuleSet current() {
        return ruleSets.current();
    }

    /** "United Arab Emirates (AE)" for display; the bare code if the rule set does not know it. */
    public String countryLabel(String iso2) {
        return ruleSets.current().country(iso2).map(c -> c.name() + " (" + c.iso2() + ")").orElse(iso2);
    }

    public boolean isKnownCountry(String iso2) {
        return ruleSets.current().country(iso2).isPresent();
    }
}
