package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The pre-screen of RULES.md: classify every item, total the shipment, then decide by the destination's tier.
 * Pure and deterministic: the same request and rule set always give the same result.
 */
public final class Screener {

    private static final String RULE = "90 FR 4544 (Framework for AI Diffusion)";

    private Screener() {
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

    public static ScreeningResult screen(ScreeningRequest request, RuleSet ruleSet) {
        CountryTier destination = ruleSet.country(request.destinationCountry()).orElseThrow(
                () -> new IllegalArgumentException("Unknown destination country: " + request.destinationCountry()));
        Thresholds t = ruleSet.thresholds();
        List<Finding> findings = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal controlled = BigDecimal.ZERO;
        int itemsB = 0;
        for (ScreeningRequest.Item item : request.items()) {
            BigDecimal lineTpp = item.tpp().multiply(BigDecimal.valueOf(item.quantity()));
            total = total.add(lineTpp);
            switch (classify(item, t)) {
                case ECCN_3A090_A -> controlled = controlled.add(lineTpp);
                case ECCN_3A090_B -> itemsB++;
                case NOT_CONTROLLED -> { }
            }
        }
        BigDecimal h100 = controlled.divide(t.h100Tpp(), 2, RoundingMode.HALF_UP);
        if (itemsB > 0) {
            findings.add(new Finding("ITEM_3A090_B", Severity.INFO, itemsB + " item line(s) are 3A090.b: they are "
                    + "reported as such and fall outside the tier rules.", "15 CFR 774 Supp. 1, ECCN 3A090.b"));
        }
        if (controlled.signum() == 0) {
            findings.add(new Finding("NOT_CONTROLLED", Severity.INFO, "No item reaches the 3A090.a thresholds, so the "
                    + "AI diffusion licence requirement does not apply.", "15 CFR 774 Supp. 1, ECCN 3A090.a"));
            return result(Outcome.NOT_CONTROLLED, destination, total, controlled, h100, ruleSet, findings);
        }
        return switch (destination.tier()) {
            case 1 -> {
                findings.add(new Finding("TIER1_AIA", Severity.INFO, destination.name() + " is a Tier 1 destination: "
                        + "the export is authorised under License Exception AIA, provided the items stay in Tier 1.",
                        "15 CFR 740, Supp. 5 (a); " + RULE));
                yield result(Outcome.AUTHORISED_TIER1, destination, total, controlled, h100, ruleSet, findings);
            }
            case 3 -> {
                findings.add(new Finding("TIER3_PRESUMPTION_OF_DENIAL", Severity.BLOCKING, destination.name()
                        + " is a Tier 3 destination (" + destination.basis() + "): a licence is required and will "
                        + "normally be refused.", "15 CFR 740 Supp. 1, Country Group D:5; " + RULE));
                yield result(Outcome.PRESUMPTION_OF_DENIAL, destination, total, controlled, h100, ruleSet, findings);
            }
            default -> {
                findings.add(new Finding("TIER2_LICENCE_REQUIRED", Severity.WARNING, destination.name()
                        + " is a Tier 2 destination: a licence is required and the approved amount counts against "
                        + "the country's allocation.", RULE + ", Tier 2 country allocation"));
                yield result(Outcome.LICENCE_REQUIRED, destination, total, controlled, h100, ruleSet, findings);
            }
        };
    }

    private static ScreeningResult result(Outcome outcome, CountryTier destination, BigDecimal total,
            BigDecimal controlled, BigDecimal h100, RuleSet ruleSet, List<Finding> findings) {
        return new ScreeningResult(outcome, destination.tier(), total, controlled, h100, ruleSet.version(), findings);
    }
}
