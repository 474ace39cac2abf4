package com.tierline.screening.domain;

/** One destination in a rule set: ISO 3166-1 alpha-2 code, name, tier (1–3) and the legal basis of the tier. */
public record CountryTier(String iso2, String name, int tier, String basis) {

    public CountryTier {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("Tier must be 1, 2 or 3 for " + iso2 + ", was " + tier);
        }
    }
}
