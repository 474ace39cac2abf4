package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pre-screen of RULES.md. Classifies every item, screens the parties, applies the headquarters rule, then
 * decides by tier: Tier 1 under License Exception AIA; Tier 3 presumption of denial; Tier 2 in order the low-volume
 * exception, a validated end user, else a licence counted against the country allocation.
 * Pure and deterministic: the same request, rule set and party list always give the same result.
 */
public final class Screener {

    static final String RULE = "90 FR 4544";
    static final String CITE_ECCN = "ECCN 3A090, Supp. No. 1 to 15 CFR part 774";
    static final String CITE_AIA = "License Exception AIA, Supp. No. 5 to 15 CFR part 740, para. (a); " + RULE;
    static final String CITE_TIER3 = "Country Group D:5, Supp. No. 1 to 15 CFR part 740, and Macau; " + RULE;
    static final String CITE_LPP = "License Exception LPP (low processing performance); " + RULE;
    static final String CITE_VEU = "Validated end users (UVEU/NVEU); " + RULE;
    static final String CITE_SECURITY = "Data-centre security conditions, Supp. No. 10 to 15 CFR part 748";
    static final String CITE_ALLOCATION = "Tier 2 country allocation; " + RULE;
    static final String CITE_PARTIES = "Entity List, Supp. No. 4 to 15 CFR part 744; 15 CFR 744.11";
    static final String CITE_HQ = "Headquarters rule for Tier 3 parents; " + RULE;
    static final int MAX_QUANTITY = 10_000_000;
    static final BigDecimal MAX_DENSITY = new BigDecimal("1000");

    private Screener() {
    }

    public static ScreeningResult screen(ScreeningRequest request, RuleSet ruleSet) {
        return screen(request, ruleSet, RestrictedPartyList.empty());
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
        int itemsB = 0;
        for (int i = 0; i < request.items().size(); i++) {
            ItemResult item = read(i, request.items().get(i), ruleSet, findings);
            items.add(item);
            total = total.add(item.lineTpp());
            if (item.itemClass() == ItemClass.ECCN_3A090_A) {
                controlled = controlled.add(item.lineTpp());
            } else if (item.itemClass() == ItemClass.ECCN_3A090_B) {
                itemsB++;
            }
        }
        BigDecimal h100 = controlled.divide(t.h100Tpp(), 2, RoundingMode.HALF_UP);
        if (itemsB > 0) {
            findings.add(new Finding("ITEM_3A090_B", Severity.INFO, itemsB + " item line(s) are 3A090.b: they are "
                    + "reported as such and fall outside the tier rules.", CITE_ECCN));
        }

        boolean partyHit = screenParties(request, restricted, findings);
        int effectiveTier = destination.tier();
        Party consignee = request.consignee();
        if (consignee != null && consignee.headquartersCountry() != null) {
            CountryTier hq = ruleSet.country(consignee.headquartersCountry()).orElseThrow();
            if (hq.tier() == 3 && effectiveTier < 3) {
                effectiveTier = 3;
                findings.add(new Finding("HEADQUARTERS_TIER3", Severity.BLOCKING, "The consignee is headquartered in "
                        + hq.name() + ", a Tier 3 country, so the request is treated as Tier 3 wherever the chips go.",
                        CITE_HQ));
            }
        }
        Decision d = new Decision(request, ruleSet, destination, total, controlled, h100, items, findings,
                effectiveTier);

        if (controlled.signum() == 0) {
            findings.add(new Finding("NOT_CONTROLLED", Severity.INFO, "No item reaches the 3A090.a thresholds, so "
                    + "the AI diffusion licence requirement does not apply.", CITE_ECCN));
            if (effectiveTier == 3) {
                // Tier 3 is the arms-embargoed group: nothing goes there without a person looking at it.
                findings.add(new Finding("TIER3_UNCONTROLLED_REVIEW", Severity.WARNING, "The destination is treated "
                        + "as Tier 3 (arms embargo), so even items below the thresholds are reviewed before export.",
                        CITE_TIER3));
                return d.result(Outcome.LICENCE_REQUIRED, null);
            }
            return d.result(partyHit ? Outcome.LICENCE_REQUIRED : Outcome.NOT_CONTROLLED, null);
        }
        if (effectiveTier == 3) {
            findings.add(new Finding("TIER3_PRESUMPTION_OF_DENIAL", Severity.BLOCKING, (destination.tier() == 3
                    ? destination.name() + " is a Tier 3 destination (" + destination.basis() + ")"
                    : "The request is treated as Tier 3") + ": a licence is required and will normally be refused.",
                    CITE_TIER3));
            return d.result(Outcome.PRESUMPTION_OF_DENIAL, null);
        }
        if (effectiveTier == 1) {
            findings.add(new Finding("TIER1_AIA", Severity.INFO, destination.name() + " is a Tier 1 destination: "
                    + "the export is authorised under License Exception AIA, provided the items stay in Tier 1.",
                    CITE_AIA));
            return partyHit ? d.result(Outcome.LICENCE_REQUIRED, null) : d.result(Outcome.AUTHORISED_TIER1, null);
        }
        return tier2(d, partyHit);
    }

    private static ScreeningResult tier2(Decision d, boolean partyHit) {
        Thresholds t = d.ruleSet.thresholds();
        BigDecimal lppAfter = d.request.consigneeLppUsedTpp().add(d.controlled);
        if (lppAfter.compareTo(t.lppAnnualLimitTpp()) <= 0) {
            d.findings.add(new Finding("LPP_AUTHORISED", Severity.INFO, "The consignee's total under the low-volume "
                    + "exception this calendar year would be " + tpp(lppAfter) + " of the " + tpp(t.lppAnnualLimitTpp())
                    + " limit, so no licence is needed; BIS must be notified, and it does not count against "
                    + d.destination.name() + "'s allocation.", CITE_LPP));
            if (!partyHit) {
                return d.result(Outcome.AUTHORISED_LOW_VOLUME, null);
            }
        } else {
            d.findings.add(new Finding("LPP_LIMIT_EXCEEDED", Severity.WARNING, "The low-volume exception does not "
                    + "apply: with this request the consignee would reach " + tpp(lppAfter) + " this calendar year, "
                    + "over the " + tpp(t.lppAnnualLimitTpp()) + " limit, so the whole request needs another basis.",
                    CITE_LPP));
        }
        if (d.request.veu() != null && veuConditionsMet(d) && !partyHit) {
            return d.result(Outcome.AUTHORISED_VEU, null);
        }
        AllocationView allocation = null;
        String position = "";
        AllocationPosition a = d.request.allocation();
        if (a != null) {
            BigDecimal before = a.remaining();
            BigDecimal after = before.subtract(d.controlled);
            allocation = new AllocationView(a.allocated(), a.consumed(), a.reserved(), before, after);
            position = " " + d.destination.name() + " has " + tpp(before.max(BigDecimal.ZERO)) + " of its "
                    + tpp(a.allocated()) + " allocation left; this request would leave " + tpp(after) + ".";
            if (after.signum() < 0) {
                d.findings.add(new Finding("ALLOCATION_EXCEEDED", Severity.BLOCKING, "The request exceeds "
                        + d.destination.name() + "'s remaining allocation by " + tpp(after.negate())
                        + "; the excess is reviewed with a presumption of denial.", CITE_ALLOCATION));
            }
        }
        d.findings.add(new Finding("TIER2_LICENCE_REQUIRED", Severity.WARNING, d.destination.name()
                + " is a Tier 2 destination: a licence is required and the approved amount counts against the "
                + "country's allocation." + position, CITE_ALLOCATION));
        return d.result(Outcome.LICENCE_REQUIRED, allocation);
    }

    /** Adds a finding for every VEU condition the request breaks; true if none is broken. */
    private static boolean veuConditionsMet(Decision d) {
        ValidatedEndUser veu = d.request.veu();
        Thresholds t = d.ruleSet.thresholds();
        List<Finding> problems = new ArrayList<>();
        if (veu.type() == ValidatedEndUser.Type.UNIVERSAL) {
            CountryTier hq = d.ruleSet.country(veu.headquartersCountry()).orElseThrow();
            if (!"US".equals(hq.iso2()) && hq.tier() != 1) {
                problems.add(new Finding("UVEU_HEADQUARTERS", Severity.WARNING, "A universal validated end user must "
                        + "be headquartered in the United States or a Tier 1 country, not " + hq.name() + ".", CITE_VEU));
            }
            BigDecimal fleetAfter = veu.fleetTotalTpp().add(d.controlled);
            BigDecimal tier1Share = share(veu.fleetTier1Tpp(), fleetAfter);
            BigDecimal countryShare = share(veu.fleetInDestinationTpp().add(d.controlled), fleetAfter);
            if (tier1Share.compareTo(t.uveuMinTier1Share()) < 0) {
                problems.add(new Finding("UVEU_TIER1_SHARE", Severity.WARNING, "After this export only "
                        + percent(tier1Share) + " of the fleet would be in Tier 1 countries; a universal VEU must keep "
                        + "at least " + percent(t.uveuMinTier1Share()) + ".", CITE_VEU));
            }
            if (countryShare.compareTo(t.uveuMaxCountryShare()) > 0) {
                problems.add(new Finding("UVEU_COUNTRY_SHARE", Severity.WARNING, "After this export "
                        + percent(countryShare) + " of the fleet would be in " + d.destination.name()
                        + "; a universal VEU may keep at most " + percent(t.uveuMaxCountryShare())
                        + " in any one Tier 2 country.", CITE_VEU));
            }
            if ("US".equals(hq.iso2())) {
                BigDecimal usShare = share(veu.fleetUsTpp(), fleetAfter);
                if (usShare.compareTo(t.uveuMinUsShare()) < 0) {
                    problems.add(new Finding("UVEU_US_SHARE", Severity.WARNING, "After this export only "
                            + percent(usShare) + " of the fleet would be in the United States; a US-headquartered "
                            + "universal VEU must keep at least " + percent(t.uveuMinUsShare()) + ".", CITE_VEU));
                }
            }
        } else {
            if (!d.destination.iso2().equals(veu.headquartersCountry())) {
                problems.add(new Finding("NVEU_DESTINATION", Severity.WARNING, "A national validated end user may "
                        + "only deploy in the Tier 2 country where it is headquartered.", CITE_VEU));
            }
            if (veu.nveuRemainingTpp().compareTo(d.controlled) < 0) {
                problems.add(new Finding("NVEU_ALLOCATION_EXCEEDED", Severity.WARNING, "The request needs "
                        + tpp(d.controlled) + " but the national VEU has only " + tpp(veu.nveuRemainingTpp())
                        + " of its own allocation left.", CITE_VEU));
            }
        }
        Set<SecurityAttestation> missing = EnumSet.allOf(SecurityAttestation.class);
        missing.removeAll(d.request.attestations());
        for (SecurityAttestation m : missing) {
            problems.add(new Finding("VEU_ATTESTATION_MISSING", Severity.WARNING, "The data centre has not attested to "
                    + m.label().toLowerCase(Locale.ROOT) + ", a condition for validated end users.", CITE_SECURITY));
        }
        if (problems.isEmpty()) {
            String kind = veu.type() == ValidatedEndUser.Type.UNIVERSAL ? "universal" : "national";
            d.findings.add(new Finding(veu.type() == ValidatedEndUser.Type.UNIVERSAL ? "UVEU_AUTHORISED"
                    : "NVEU_AUTHORISED", Severity.INFO, "Authorised for the " + kind + " validated end user: every "
                    + "fleet and security condition is met, and it does not count against the country allocation.",
                    CITE_VEU));
            return true;
        }
        d.findings.addAll(problems);
        return false;
    }

    private static boolean screenParties(ScreeningRequest r, RestrictedPartyList restricted, List<Finding> findings) {
        boolean hit = false;
        String[] roles = {"consignee", "end user", "ultimate end user"};
        Party[] parties = {r.consignee(), r.endUser(), r.ultimateEndUser()};
        for (int i = 0; i < parties.length; i++) {
            if (parties[i] == null || parties[i].name() == null) {
                continue;
            }
            var match = restricted.bestMatch(parties[i].name());
            if (match.isPresent()) {
                hit = true;
                findings.add(new Finding("RESTRICTED_PARTY_MATCH", Severity.BLOCKING,
                        match.get().sentence(roles[i], parties[i].name()), CITE_PARTIES));
            }
        }
        return hit;
    }

    private static ItemResult read(int index, ScreeningRequest.Item item, RuleSet ruleSet, List<Finding> findings) {
        ChipSpec chip = item.model() == null ? null : ruleSet.chip(item.model()).orElseThrow();
        boolean declared = item.tpp() != null;
        BigDecimal tpp = declared ? item.tpp() : chip.tpp();
        BigDecimal density = item.performanceDensity() != null ? item.performanceDensity()
                : chip == null ? null : chip.performanceDensity();
        if (chip != null && declared && chip.tpp().compareTo(item.tpp()) != 0) {
            findings.add(new Finding("DECLARED_FIGURES_USED", Severity.INFO, "Item " + (index + 1) + ": the declared "
                    + "TPP of " + tpp(item.tpp()) + " is used instead of the catalogue's " + tpp(chip.tpp()) + " for "
                    + chip.model() + ".", CITE_ECCN));
        }
        ItemClass itemClass = classify(new ScreeningRequest.Item(tpp, density, item.quantity()), ruleSet.thresholds());
        return new ItemResult(index, item.model(), tpp, density, item.quantity(),
                tpp.multiply(BigDecimal.valueOf(item.quantity())), itemClass, declared);
    }

    public static ItemClass classify(ScreeningRequest.Item item, Thresholds t) {
        BigDecimal tpp = item.tpp();
        BigDecimal density = item.performanceDensity();
        if (tpp.compareTo(t.tppA()) >= 0
                || (density != null && tpp.compareTo(t.tppALowerBound()) >= 0 && density.compareTo(t.densityA()) >= 0)) {
            return ItemClass.ECCN_3A090_A;
        }
        if (density != null && tpp.compareTo(t.tppB()) >= 0 && density.compareTo(t.densityBLower()) >= 0) {
            return ItemClass.ECCN_3A090_B;
        }
        return ItemClass.NOT_CONTROLLED;
    }

    /** Every problem with the input, each addressed to its field; empty when the request can be screened. */
    public static List<FieldError> validate(ScreeningRequest r, RuleSet ruleSet) {
        List<FieldError> errors = new ArrayList<>();
        if (r.destinationCountry() == null || r.destinationCountry().isBlank()) {
            errors.add(FieldError.missing("destinationCountry", "Choose the destination country"));
        } else if (ruleSet.country(r.destinationCountry()).isEmpty()) {
            errors.add(FieldError.unknown("destinationCountry", "Unknown country code " + r.destinationCountry()));
        }
        checkParty("consignee", r.consignee(), ruleSet, errors);
        checkParty("endUser", r.endUser(), ruleSet, errors);
        checkParty("ultimateEndUser", r.ultimateEndUser(), ruleSet, errors);
        if (r.items().isEmpty()) {
            errors.add(FieldError.missing("items", "Add at least one item"));
        }
        BigDecimal maxTpp = ruleSet.thresholds().maxTppPerUnit();
        for (int i = 0; i < r.items().size(); i++) {
            ScreeningRequest.Item item = r.items().get(i);
            String at = "items[" + i + "].";
            if (item.quantity() < 1) {
                errors.add(FieldError.invalid(at + "quantity", "Quantity must be at least 1"));
            } else if (item.quantity() > MAX_QUANTITY) {
                errors.add(FieldError.invalid(at + "quantity", "Quantity above " + tpp(BigDecimal.valueOf(MAX_QUANTITY))
                        .replace(" TPP", "") + " is not plausible: check the figure"));
            }
            if (item.model() != null && ruleSet.chip(item.model()).isEmpty()) {
                errors.add(FieldError.unknown(at + "model", "Unknown chip model \"" + item.model()
                        + "\": pick one from the catalogue, or declare its TPP and performance density"));
            } else if (item.model() == null && item.tpp() == null) {
                errors.add(FieldError.missing(at + "tpp", "Enter the TPP per unit, or pick a chip from the catalogue"));
            }
            if (item.tpp() != null && item.tpp().signum() <= 0) {
                errors.add(FieldError.invalid(at + "tpp", "TPP must be greater than zero"));
            } else if (item.tpp() != null && item.tpp().compareTo(maxTpp) > 0) {
                errors.add(FieldError.invalid(at + "tpp", "TPP above " + tpp(maxTpp).replace(" TPP", "")
                        + " per unit is not a real chip: check the figure"));
            }
            if (item.performanceDensity() != null && (item.performanceDensity().signum() < 0
                    || item.performanceDensity().compareTo(MAX_DENSITY) > 0)) {
                errors.add(FieldError.invalid(at + "performanceDensity",
                        "Performance density must be between 0 and 1,000"));
            }
        }
        if (r.consigneeLppUsedTpp().signum() < 0) {
            errors.add(FieldError.invalid("consigneeLppUsedTpp", "Earlier low-volume use cannot be negative"));
        }
        checkVeu(r.veu(), ruleSet, errors);
        return errors;
    }

    private static void checkParty(String field, Party party, RuleSet ruleSet, List<FieldError> errors) {
        if (party == null) {
            return;
        }
        if (party.country() != null && ruleSet.country(party.country()).isEmpty()) {
            errors.add(FieldError.unknown(field + ".country", "Unknown country code " + party.country()));
        }
        if (party.headquartersCountry() != null && ruleSet.country(party.headquartersCountry()).isEmpty()) {
            errors.add(FieldError.unknown(field + ".headquartersCountry",
                    "Unknown country code " + party.headquartersCountry()));
        }
    }

    private static void checkVeu(ValidatedEndUser veu, RuleSet ruleSet, List<FieldError> errors) {
        if (veu == null) {
            return;
        }
        if (ruleSet.country(veu.headquartersCountry()).isEmpty()) {
            errors.add(FieldError.invalid("veu.headquartersCountry",
                    "Give the validated end user's headquarters country"));
        }
        if (veu.type() == ValidatedEndUser.Type.UNIVERSAL) {
            BigDecimal[] figures = {veu.fleetTotalTpp(), veu.fleetTier1Tpp(), veu.fleetUsTpp(),
                    veu.fleetInDestinationTpp()};
            String[] names = {"fleetTotalTpp", "fleetTier1Tpp", "fleetUsTpp", "fleetInDestinationTpp"};
            for (int i = 0; i < figures.length; i++) {
                if (figures[i] == null || figures[i].signum() < 0) {
                    errors.add(FieldError.missing("veu." + names[i], "Declare the fleet figure (TPP, zero or more)"));
                }
            }
        } else if (veu.nveuRemainingTpp() == null || veu.nveuRemainingTpp().signum() < 0) {
            errors.add(FieldError.invalid("veu.nveuRemainingTpp",
                    "The national VEU's remaining allocation is unknown"));
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, 6, RoundingMode.HALF_UP);
    }

    /** "26,900,000 TPP": grouped by hand, as String.format would dominate the cost of a screening. */
    static String tpp(BigDecimal value) {
        return grouped(value.setScale(0, RoundingMode.HALF_UP).toPlainString()) + " TPP";
    }

    private static String grouped(String digits) {
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        StringBuilder out = new StringBuilder(d.length() + d.length() / 3 + 1);
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(d.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The facts shared by every branch of a decision. */
    private record Decision(ScreeningRequest request, RuleSet ruleSet, CountryTier destination, BigDecimal total,
            BigDecimal controlled, BigDecimal h100, List<ItemResult> items, List<Finding> findings, int effectiveTier) {

        ScreeningResult result(Outcome outcome, AllocationView allocation) {
            return new ScreeningResult(outcome, destination.tier(), effectiveTier, total, controlled, h100, allocation,
                    ruleSet.version(), items, findings);
        }
    }
}
