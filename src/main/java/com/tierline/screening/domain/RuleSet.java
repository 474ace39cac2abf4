package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A versioned, effective-dated set of facts the screener evaluates against. Immutable. */
public record RuleSet(String version, LocalDate effectiveFrom, Thresholds thresholds, Map<String, CountryTier> countries,
        Map<String, ChipSpec> chips, Set<String> g2gCountries) {

    public RuleSet {
        countries = Map.copyOf(countries);
        chips = Map.copyOf(chips);
        g2gCountries = Set.copyOf(g2gCountries);
    }

    public RuleSet(String version, LocalDate effectiveFrom, Thresholds thresholds, Map<String, CountryTier> countries) {
        this(version, effectiveFrom, thresholds, countries, Map.of(), Set.of());
    }

    /** A country by its ISO 3166-1 alpha-2 code, or by its alpha-3 code where the version records one. */
    public Optional<CountryTier> country(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
        CountryTier byIso2 = countries.get(upper);
        if (byIso2 != null || upper.length() != 3) {
            return Optional.ofNullable(byIso2);
        }
        return countries.values().stream().filter(c -> upper.equals(c.iso3())).findFirst();
    }

    /** A catalogue chip by its model name or an alias, regardless of case, spaces and dashes. */
    public Optional<ChipSpec> chip(String model) {
        if (model == null) {
            return Optional.empty();
        }
        ChipSpec exact = chips.get(model);
        if (exact != null) {
            return Optional.of(exact);
        }
        String key = ChipSpec.key(model);
        return chips.values().stream().filter(c -> ChipSpec.key(c.model()).equals(key)
                || c.aliases().stream().anyMatch(a -> ChipSpec.key(a).equals(key))).findFirst();
    }

    /** The allocation a Tier 2 destination starts the period with (doubled with a G2G agreement). */
    public BigDecimal allocationFor(String iso2) {
        BigDecimal base = thresholds.countryAllocationTpp();
        return g2gCountries.contains(iso2) ? base.multiply(thresholds.g2gAllocationFactor()) : base;
    }

    /** A copy under a new version and date with some destinations moved to other tiers. */
    public RuleSet withTiers(String newVersion, LocalDate newEffectiveFrom, Map<String, Integer> tierChanges) {
        return withChanges(newVersion, newEffectiveFrom, tierChanges, thresholds);
    }

    /** A copy under a new version and date with destinations moved and the given thresholds. */
    public RuleSet withChanges(String newVersion, LocalDate newEffectiveFrom, Map<String, Integer> tierChanges,
            Thresholds newThresholds) {
        Map<String, CountryTier> moved = new java.util.HashMap<>(countries);
        tierChanges.forEach((iso2, tier) -> {
            CountryTier old = country(iso2).orElseThrow(() -> new IllegalArgumentException("Unknown country " + iso2));
            moved.put(old.iso2(), old.withTier(tier, "moved from Tier " + old.tier() + " in rule set " + newVersion));
        });
        return new RuleSet(newVersion, newEffectiveFrom, newThresholds, moved, chips, g2gCountries);
    }
}
