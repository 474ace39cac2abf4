package com.tierline.screening.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the request really goes and who really stands behind it (RULES.md §2 AIA's conditions, §4 headquarters rule,
 * §2a embargoes): every place the items reach and every headquarters and ultimate-parent country the request
 * carries is read, and the request is screened by the highest tier among them, with a finding naming what raised it.
 *
 * @param effectiveTier the tier the request is screened under
 * @param embargoes     the places under a part 746 embargo, each with its citation
 */
record Placement(int effectiveTier, List<CountryTier> embargoes) {

    static final String RULE = "90 FR 4544";
    static final String CITE_AIA = "License Exception AIA, Supp. No. 5 to 15 CFR part 740, para. (a), and "
            + "15 CFR 740.27; " + RULE;
    static final String CITE_HQ = "Headquarters rule for parties headquartered in Tier 3, 15 CFR 740.27; " + RULE;
    static final String CITE_TIER3 = "Country Group D:5, Supp. No. 1 to 15 CFR part 740, and Macau; " + RULE;

    private record Place(String what, CountryTier country) {
    }

    static Placement of(ScreeningRequest r, RuleSet ruleSet, List<Finding> findings) {
        CountryTier destination = ruleSet.country(r.destinationCountry()).orElseThrow();
        List<Place> places = new ArrayList<>();
        places.add(new Place("the destination", destination));
        addPlace(places, "the consignee", r.consignee(), ruleSet);
        addPlace(places, "the end user", r.endUser(), ruleSet);
        addPlace(places, "the ultimate end user", r.ultimateEndUser(), ruleSet);
        if (r.dataCentreCountry() != null) {
            places.add(new Place("the data centre", ruleSet.country(r.dataCentreCountry()).orElseThrow()));
        }

        int tier = destination.tier();
        for (Place p : places.subList(1, places.size())) {
            if (p.country().tier() <= tier) {
                continue;
            }
            if (destination.tier() == 1) {
                findings.add(new Finding("AIA_ITEMS_LEAVE_TIER1", p.country().tier() == 3 ? Severity.BLOCKING
                        : Severity.WARNING, "License Exception AIA does not apply: the items must stay in Tier 1, but "
                        + p.what() + " is in " + p.country().name() + " (Tier " + p.country().tier() + "), so the "
                        + "request is screened under Tier " + p.country().tier() + " rules.", CITE_AIA));
            } else {
                findings.add(new Finding("PLACE_IN_TIER3", Severity.BLOCKING, Words.capitalised(p.what()) + " is in "
                        + p.country().name() + ", a Tier 3 country: the items end up there, so the request is "
                        + "screened under Tier 3 rules.", CITE_TIER3));
            }
            tier = p.country().tier();
        }

        // The purchaser is read by the headquarters rule too: its country stands for its headquarters (form 748P
        // asks only one), and a Tier 3 buyer is what the rule is about wherever the chips are delivered.
        String[] roles = {"consignee", "end user", "ultimate end user", "purchaser"};
        Party[] parties = {r.consignee(), r.endUser(), r.ultimateEndUser(), r.purchaser()};
        for (int i = 0; i < parties.length; i++) {
            Party party = parties[i];
            if (party == null) {
                continue;
            }
            CountryTier hq = headquarters(party, ruleSet);
            CountryTier parent = party.ultimateParentCountry() == null ? null
                    : ruleSet.country(party.ultimateParentCountry()).orElseThrow();
            if (hq != null && hq.tier() == 3) {
                findings.add(headquartersRule("The " + roles[i] + " is headquartered in " + hq.name()));
                tier = 3;
            }
            if (parent != null && parent.tier() == 3) {
                findings.add(headquartersRule("The " + roles[i] + "'s ultimate parent is in " + parent.name()));
                tier = 3;
            }
            if (i == 0 && destination.tier() == 1) {
                // AIA: the consignee and its ultimate parent are headquartered in Tier 1 or the US (Tier 1 here).
                tier = Math.max(tier, aiaCondition("AIA_CONSIGNEE_HEADQUARTERS", "the consignee is headquartered in",
                        hq, findings));
                tier = Math.max(tier, aiaCondition("AIA_ULTIMATE_PARENT", "the consignee's ultimate parent is in",
                        parent, findings));
            }
        }
        List<CountryTier> embargoes = places.stream().map(Place::country).filter(c -> c.embargo() != null)
                .distinct().toList();
        return new Placement(tier, embargoes);
    }

    private static void addPlace(List<Place> places, String what, Party party, RuleSet ruleSet) {
        if (party != null && party.country() != null) {
            places.add(new Place(what, ruleSet.country(party.country()).orElseThrow()));
        }
    }

    /** A party's headquarters: as declared, otherwise its own country (the form asks only when they differ). */
    private static CountryTier headquarters(Party party, RuleSet ruleSet) {
        String code = party.headquartersCountry() != null ? party.headquartersCountry() : party.country();
        return code == null ? null : ruleSet.country(code).orElseThrow();
    }

    private static Finding headquartersRule(String who) {
        return new Finding("HEADQUARTERS_TIER3", Severity.BLOCKING, who + ", a Tier 3 country, so the request is "
                + "treated as Tier 3 wherever the chips go.", CITE_HQ);
    }

    private static int aiaCondition(String code, String condition, CountryTier where, List<Finding> findings) {
        if (where == null || where.tier() == 1) {
            return 1;
        }
        findings.add(new Finding(code, where.tier() == 3 ? Severity.BLOCKING : Severity.WARNING, "License Exception "
                + "AIA does not apply: " + condition + " " + where.name() + " (Tier " + where.tier() + "), not in "
                + "Tier 1 or the United States, so the request is screened under Tier " + where.tier() + " rules.",
                CITE_AIA));
        return where.tier();
    }
}
