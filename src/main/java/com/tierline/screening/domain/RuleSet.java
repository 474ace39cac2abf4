package com.tierline.screening.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A versioned, effective-dated set of facts the screener evaluates against. Immutable. */
public record RuleSet(String version, LocalDate effectiveFrom, Thresholds thresholds, Map<String, CountryTier> countries) {

    public RuleSet {
        countries = Map.copyOf(countries);
    }

    public Optional<CountryTier> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countries.get(iso2.toUpperCase()));
    }
}
