package com.tierline.screening.domain;

import java.util.List;

/**
 * The intermediate consignees of form 748P: freight forwarders and distributors the chips pass through. One in a
 * Tier 3 country is how chips are diverted, so it is a blocking finding that names the party and withholds every
 * licence exception (RULES.md §4, red flags). Their restricted-list screening is in {@link Screener}.
 */
final class Transit {

    /**
     * Supp. No. 3 to part 732 lists "routing through third countries" among the know-your-customer red flags (RULES.md
     * §4); 15 CFR 748.5 makes the intermediate consignee a party to the licence, and part 758 puts it on the export
     * documents and the destination control statement, so the route is part of what is licensed.
     */
    static final String CITE_TRANSSHIPMENT = "Red flags (routing through third countries), Supp. No. 3 to 15 CFR "
            + "part 732; intermediate consignees, 15 CFR 748.5 and part 758 (export clearance)";

    private Transit() {
    }

    /** Adds a finding for each intermediate consignee in Tier 3; true when there is one. */
    static boolean throughTier3(ScreeningRequest r, RuleSet ruleSet, List<Finding> findings) {
        boolean held = false;
        for (Party party : r.intermediateConsignees()) {
            if (party == null || party.country() == null) {
                continue;
            }
            CountryTier country = ruleSet.country(party.country()).orElseThrow();
            if (country.tier() == 3) {
                held = true;
                findings.add(new Finding("TRANSSHIPMENT_TIER3", Severity.BLOCKING, "Transshipment through "
                        + country.name() + ": the intermediate consignee " + named(party) + " is in a Tier 3 "
                        + "country (" + country.basis() + "). Routing chips through a third country is how they are "
                        + "diverted: no licence exception can be used, and a reviewer must clear the route before "
                        + "anything is shipped.", CITE_TRANSSHIPMENT));
            }
        }
        return held;
    }

    /** "Transshipment through "Name" (intermediate consignee in Country): " before a restricted-list sentence. */
    static String listHitPrefix(Party party, RuleSet ruleSet) {
        String where = party.country() == null ? "" : " in " + ruleSet.country(party.country())
                .map(CountryTier::name).orElse(party.country());
        return "Transshipment through " + named(party) + " (an intermediate consignee" + where + "): ";
    }

    private static String named(Party party) {
        return party.name() == null ? "without a name" : "\"" + party.name() + "\"";
    }
}
