package com.tierline.screening.domain;

import java.util.Set;

/**
 * One destination in a rule set: ISO 3166-1 alpha-2 and alpha-3 codes, name, tier (1–3) and the legal basis of the
 * tier, its country groups of Supp. No. 1 to part 740 ("D:5", "E:1" …) and, where part 746 embargoes integrated
 * circuits to it, the citation of that embargo (null otherwise). Versions published before groups were data have
 * none, and no alpha-3 code.
 */
public record CountryTier(String iso2, String name, int tier, String basis, String iso3, Set<String> groups,
        String embargo) {

    public CountryTier {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("Tier must be 1, 2 or 3 for " + iso2 + ", was " + tier);
        }
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        embargo = embargo == null || embargo.isBlank() ? null : embargo;
    }

    public CountryTier(String iso2, String name, int tier, String basis) {
        this(iso2, name, tier, basis, null, Set.of(), null);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    /** The same country under another tier, everything else kept. */
    public CountryTier withTier(int newTier, String newBasis) {
        return new CountryTier(iso2, name, newTier, newBasis, iso3, groups, embargo);
    }
}
