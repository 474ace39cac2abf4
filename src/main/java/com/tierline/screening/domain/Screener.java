package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-screen of RULES.md. Classifies every item (§1), screens the parties (§4), reads every place and
 * headquarters (§2 AIA's conditions, §4 headquarters rule), applies the other EAR controls (§2a), then decides by
 * tier: Tier 1 under License Exception AIA; Tier 3 by class of item; Tier 2 in order the low-volume exception, a
 * validated end user, else a licence counted against the country allocation (§3).
 * Pure and deterministic: the same request, rule set and party list always give the same result.
 */
public final class Screener {

    static final String RULE = Placement.RULE;
    static final String CITE_ECCN = Items.CITE_ECCN;
    static final String CITE_LPP = "License Exception LPP (low processing performance); " + RULE;
    static final String CITE_ALLOCATION = "Tier 2 country allocation; " + RULE;
    static final String CITE_PARTIES = "Entity List, Supp. No. 4 to 15 CFR part 744; 15 CFR 744.11";
    static final String CITE_EMBARGO = "15 CFR part 746 (embargoes and other special controls)";
    static final String CITE_TIER3_B = "15 CFR 742.6(a)(6)(iii) (advanced computing, October 2023)";
    static final String CITE_END_USE = "End-use and end-user controls, 15 CFR part 744 (Entity List, Supp. No. 4)";
    /** The most item lines one request may carry (documented in the API); more is refused, not truncated. */
    public static final int MAX_ITEMS = 100;
    /** The most intermediate consignees one request may name (documented in the API). */
    public static final int MAX_INTERMEDIATE_CONSIGNEES = 5;

    private Screener() {
    }

    public static ScreeningResult screen(ScreeningRequest request, RuleSet ruleSet, RestrictedPartyList restricted) {
        List<FieldError> errors = validate(request, ruleSet);
        if (!errors.isEmpty()) {
            throw new InvalidScreeningRequestException(errors);
        }
        Thresholds t = ruleSet.thresholds();
        CountryTier destination = ruleSet.country(request.destinationCountry()).orElseThrow();
        List<Finding> findings = new ArrayList<>();

        List<ItemResult> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal controlled = BigDecimal.ZERO;
        boolean anyB = false;
        for (int i = 0; i < request.items().size(); i++) {
            ItemResult item = Items.read(i, request.items().get(i), ruleSet, findings);
            items.add(item);
            total = total.add(item.lineTpp());
            if (item.itemClass() == ItemClass.ECCN_3A090_A) {
                controlled = controlled.add(item.lineTpp());
            }
            anyB |= item.itemClass() == ItemClass.ECCN_3A090_B;
        }
        BigDecimal h100 = controlled.divide(t.h100Tpp(), 2, RoundingMode.HALF_UP);
        findings.add(new Finding("TOTALS", Severity.INFO, "All items together: " + Words.tpp(total) + ". Controlled "
                + "items (3A090.a) only: " + Words.tpp(controlled) + ", that is " + Words.decimal(h100)
                + " H100-equivalents.", CITE_ECCN));

        resolvedParties(request, findings);
        boolean partyHit = screenParties(request, ruleSet, restricted, findings);
        boolean throughTier3 = Transit.throughTier3(request, ruleSet, findings);
        // Either forces review: a listed party is a licence requirement of its own (744.11); a red flag that is not
        // cleared means "do not proceed, or apply for a licence" (Supp. No. 3 to part 732), so no route is authorised.
        Hold hold = partyHit ? Hold.RESTRICTED_PARTY : throughTier3 ? Hold.TRANSSHIPMENT : null;
        Placement placement = Placement.of(request, ruleSet, findings);
        int effectiveTier = placement.effectiveTier();
        Decision d = new Decision(request, ruleSet, destination, total, controlled, h100, items, findings,
                effectiveTier);

        if (!placement.embargoes().isEmpty()) {
            for (CountryTier embargoed : placement.embargoes()) {
                findings.add(new Finding("EMBARGO_PART_746", Severity.BLOCKING, embargoed.name() + " is under a US "
                        + "embargo (" + embargoed.embargo() + "): every integrated circuit needs a licence, whatever "
                        + "its TPP, and applications are reviewed under a policy of denial.", CITE_EMBARGO));
            }
            return d.result(Outcome.PRESUMPTION_OF_DENIAL, null);
        }
        if (effectiveTier == 3) {
            return tier3(d, anyB, hold != null);
        }
        if (controlled.signum() == 0) {
            findings.add(new Finding("NOT_CONTROLLED", Severity.INFO, "No item reaches the 3A090.a thresholds, so "
                    + "the AI diffusion licence requirement does not apply.", CITE_ECCN));
            return d.result(hold != null ? Outcome.LICENCE_REQUIRED : Outcome.NOT_CONTROLLED, null);
        }
        if (effectiveTier == 1) {
            if (hold != null) {
                findings.add(new Finding("AIA_WITHHELD", Severity.BLOCKING, "License Exception AIA cannot be used "
                        + "while " + hold.reason() + ": a licence is required.", hold.citation()));
                return d.result(Outcome.LICENCE_REQUIRED, null);
            }
            findings.add(new Finding("TIER1_AIA", Severity.INFO, destination.name() + " is a Tier 1 destination ("
                    + destination.basis() + "), the consignee and its ultimate parent are headquartered in Tier 1 "
                    + "and the items stay in Tier 1: the export is authorised under License Exception AIA.",
                    Placement.CITE_AIA));
            return d.result(Outcome.AUTHORISED_TIER1, null);
        }
        return Tier2.decide(d, hold);
    }

    /** §2 Tier 3 and §2a: .a presumption of denial, .b a licence, below .b not controlled with a note. */
    private static ScreeningResult tier3(Decision d, boolean anyB, boolean held) {
        String why = d.destination.tier() == 3 ? d.destination.name() + " is a Tier 3 destination ("
                + d.destination.basis() + ")" : "The request is treated as Tier 3";
        if (d.controlled.signum() > 0) {
            d.findings.add(new Finding("TIER3_PRESUMPTION_OF_DENIAL", Severity.BLOCKING, why + ": a licence is "
                    + "required for the 3A090.a items and will normally be refused.", Placement.CITE_TIER3));
            return d.result(Outcome.PRESUMPTION_OF_DENIAL, null);
        }
        if (anyB) {
            d.findings.add(new Finding("TIER3_3A090B_LICENCE", Severity.WARNING, why + ": 3A090.b items need a "
                    + "licence there, reviewed case by case.", CITE_TIER3_B));
            return d.result(Outcome.LICENCE_REQUIRED, null);
        }
        d.findings.add(new Finding("TIER3_END_USE_CONTROLS", Severity.INFO, why + ", but no item reaches 3A090.b: "
                + "these rules require no licence. End-use and end-user controls still apply (the Entity List and "
                + "part 744), so know who the chips are for.", CITE_END_USE));
        return d.result(held ? Outcome.LICENCE_REQUIRED : Outcome.NOT_CONTROLLED, null);
    }

    /** Every problem with the input, each addressed to its field; empty when the request can be screened. */
    public static List<FieldError> validate(ScreeningRequest r, RuleSet ruleSet) {
        return RequestChecks.validate(r, ruleSet);
    }

    /** The class of one item under the given thresholds (RULES.md §1). */
    public static ItemClass classify(ScreeningRequest.Item item, Thresholds t) {
        return Items.classify(item, t);
    }

    /** Every party of the request against the list; an intermediate consignee's hit is named as transshipment. */
    private static boolean screenParties(ScreeningRequest r, RuleSet ruleSet, RestrictedPartyList restricted,
            List<Finding> findings) {
        boolean hit = false;
        List<String> roles = new ArrayList<>(List.of("consignee", "end user", "ultimate end user", "purchaser"));
        List<Party> parties = new ArrayList<>(java.util.Arrays.asList(r.consignee(), r.endUser(),
                r.ultimateEndUser(), r.purchaser()));
        int firstIntermediate = parties.size();
        r.intermediateConsignees().forEach(p -> {
            roles.add("intermediate consignee");
            parties.add(p);
        });
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (party == null || party.name() == null) {
                continue;
            }
            var match = restricted.bestMatch(party.name());
            if (match.isPresent()) {
                hit = true;
                String sentence = match.get().sentence(roles.get(i), party.name());
                findings.add(i < firstIntermediate
                        ? new Finding("RESTRICTED_PARTY_MATCH", Severity.BLOCKING, sentence, CITE_PARTIES)
                        : new Finding("RESTRICTED_PARTY_MATCH", Severity.BLOCKING, Transit.listHitPrefix(party,
                                ruleSet) + sentence, CITE_PARTIES + "; " + Transit.CITE_TRANSSHIPMENT));
            }
        }
        return hit;
    }

    /**
     * RULES.md §3.1: a typed name that the directory resolved to a registered party under another spelling counts
     * towards that party's totals; the finding says so, so that the join is never silent.
     */
    private static void resolvedParties(ScreeningRequest r, List<Finding> findings) {
        List<String> roles = List.of("consignee", "end user");
        List<Party> parties = java.util.Arrays.asList(r.consignee(), r.endUser());
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (p != null && p.registeredAs() != null && p.name() != null) {
                findings.add(new Finding("PARTY_RESOLVED", Severity.INFO, "The " + roles.get(i) + " was resolved to "
                        + "the registered party \u201c" + p.registeredAs() + "\u201d \u2014 typed \u201c" + p.name()
                        + "\u201d. Its low-volume total and validated-end-user status are that party's.", CITE_LPP));
            }
        }
    }

    /** Why no licence exception may be offered, in the words of the finding that says so. */
    enum Hold {
        RESTRICTED_PARTY("a party matches the restricted-party list", CITE_PARTIES),
        TRANSSHIPMENT("the items are routed through an intermediate consignee in a Tier 3 country",
                Transit.CITE_TRANSSHIPMENT);

        private final String reason;
        private final String citation;

        Hold(String reason, String citation) {
            this.reason = reason;
            this.citation = citation;
        }

        String reason() {
            return reason;
        }

        String citation() {
            return citation;
        }
    }

    /** "26,900,000 TPP". */
    static String tpp(BigDecimal value) {
        return Words.tpp(value);
    }

    /** The facts shared by every branch of a decision. */
    record Decision(ScreeningRequest request, RuleSet ruleSet, CountryTier destination, BigDecimal total,
            BigDecimal controlled, BigDecimal h100, List<ItemResult> items, List<Finding> findings, int effectiveTier) {

        ScreeningResult result(Outcome outcome, AllocationView allocation) {
            return new ScreeningResult(outcome, destination.tier(), effectiveTier, total, controlled, h100, allocation,
                    ruleSet.version(), items, findings);
        }
    }
}
