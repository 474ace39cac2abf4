package com.tierline.routing.service;

import com.tierline.screening.domain.Outcome;
import com.tierline.shared.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A rule as the administration page lists it: its newest version, its team by name, and its terms in words. */
public record RuleView(String ruleKey, int version, int position, RuleTerms terms, String teamName, boolean enabled,
        String changedBy, Instant changedAt) {

    public String name() {
        return terms.name();
    }

    /** "Destination Kuwait (KW) or Bahrain (BH); Tier 2; restricted-party hit", or "Every case" when unconditional. */
    public String conditions(Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!terms.countries().isEmpty()) {
            parts.add("Destination " + String.join(" or ", terms.countries().stream()
                    .map(c -> Formats.country(c, locale)).toList()));
        }
        if (!terms.tiers().isEmpty()) {
            parts.add("Tier " + String.join(" or ", terms.tiers().stream().map(String::valueOf).toList()));
        }
        if (!terms.outcomes().isEmpty()) {
            parts.add(String.join(" or ", terms.outcomes().stream().map(Outcome::label).toList()));
        }
        if (terms.restrictedPartyHit() != null) {
            parts.add(terms.restrictedPartyHit() ? "a restricted-party hit" : "no restricted-party hit");
        }
        return parts.isEmpty() ? "Every case" : String.join("; ", parts);
    }
}
