package com.tierline.routing.service;

import com.tierline.screening.domain.Outcome;
import java.util.List;

/**
 * What a rule says: its name, the conditions a case must all meet (an empty list: any; a null hit: either) and the
 * team it sends matching cases to. Used both as the administrator's input and as a version's terms.
 */
public record RuleTerms(String name, List<String> countries, List<Integer> tiers, List<Outcome> outcomes,
        Boolean restrictedPartyHit, String teamCode) {

    public RuleTerms {
        countries = countries == null ? List.of() : List.copyOf(countries);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    public boolean matches(RoutingFacts facts) {
        return (countries.isEmpty() || countries.contains(facts.destination()))
                && (tiers.isEmpty() || tiers.contains(facts.tier()))
                && (outcomes.isEmpty() || outcomes.contains(facts.outcome()))
                && (restrictedPartyHit == null || restrictedPartyHit == facts.restrictedPartyHit());
    }

    boolean hasCondition() {
        return !countries.isEmpty() || !tiers.isEmpty() || !outcomes.isEmpty() || restrictedPartyHit != null;
    }
}
