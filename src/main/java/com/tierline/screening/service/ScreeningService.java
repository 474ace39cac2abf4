package com.tierline.screening.service;

import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.ScreeningResult;
import com.tierline.screening.domain.Screener;
import org.springframework.stereotype.Service;

/** Screens requests against the rule set in force. */
@Service
public class ScreeningService {

    private final RuleSetCatalog catalog;

    public ScreeningService(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    public ScreeningResult screen(ScreeningRequest request) {
        return Screener.screen(request, catalog.current());
    }

    /** "United Arab Emirates (AE)" for display; the bare code if the rule set does not know it. */
    public String countryLabel(String iso2) {
        return catalog.current().country(iso2).map(c -> c.name() + " (" + c.iso2() + ")").orElse(iso2);
    }

    public boolean isKnownCountry(String iso2) {
        return catalog.current().country(iso2).isPresent();
    }
}
