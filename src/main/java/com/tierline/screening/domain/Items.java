package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.List;

/** Reads an item line (catalogue or declared figures) and classifies it under ECCN 3A090 (RULES.md §1). */
final class Items {

    static final String CITE_ECCN = "ECCN 3A090, Supp. No. 1 to 15 CFR part 774";

    private Items() {
    }

    static ItemResult read(int index, ScreeningRequest.Item item, RuleSet ruleSet, List<Finding> findings) {
        ChipSpec chip = item.model() == null ? null : ruleSet.chip(item.model()).orElseThrow();
        boolean declared = item.tpp() != null;
        BigDecimal tpp = declared ? item.tpp() : chip.tpp();
        BigDecimal density = item.performanceDensity() != null ? item.performanceDensity()
                : chip == null ? null : chip.performanceDensity();
        if (chip != null && declared && chip.tpp().compareTo(item.tpp()) != 0) {
            findings.add(new Finding("DECLARED_FIGURES_USED", Severity.INFO, "Item " + (index + 1) + ": the declared "
                    + "TPP of " + Words.tpp(item.tpp()) + " is used instead of the catalogue's "
                    + Words.tpp(chip.tpp()) + " for " + chip.model() + ".", CITE_ECCN, index));
        }
        ItemClass itemClass = classify(new ScreeningRequest.Item(tpp, density, item.quantity()), ruleSet.thresholds());
        String model = chip == null ? item.model() : chip.model();
        ItemResult result = new ItemResult(index, model, tpp, density, item.quantity(),
                tpp.multiply(BigDecimal.valueOf(item.quantity())), itemClass, declared);
        findings.add(classFinding(result, ruleSet.thresholds()));
        return result;
    }

    /**
     * 3A090.a: TPP ≥ tppA, or TPP ≥ tppALowerBound and PD ≥ densityA. 3A090.b, below .a: TPP ≥ tppB with
     * densityBLower ≤ PD < densityA, or TPP ≥ tppB2 with densityB2Lower ≤ PD < densityA. Lower bounds inclusive,
     * upper bounds exclusive, as RULES.md §1 writes them. An item {@link #unclassifiable} must be refused first.
     */
    static ItemClass classify(ScreeningRequest.Item item, Thresholds t) {
        BigDecimal tpp = item.tpp();
        BigDecimal density = item.performanceDensity();
        if (tpp.compareTo(t.tppA()) >= 0
                || (density != null && tpp.compareTo(t.tppALowerBound()) >= 0 && density.compareTo(t.densityA()) >= 0)) {
            return ItemClass.ECCN_3A090_A;
        }
        if (density == null || density.compareTo(t.densityA()) >= 0) {
            return ItemClass.NOT_CONTROLLED;
        }
        boolean first = tpp.compareTo(t.tppB()) >= 0 && density.compareTo(t.densityBLower()) >= 0;
        boolean second = t.tppB2() != null && t.densityB2Lower() != null && tpp.compareTo(t.tppB2()) >= 0
                && density.compareTo(t.densityB2Lower()) >= 0;
        return first || second ? ItemClass.ECCN_3A090_B : ItemClass.NOT_CONTROLLED;
    }

    /** A TPP in [tppALowerBound, tppA) without a density could be .a, .b or neither: it cannot be classified. */
    static boolean unclassifiable(BigDecimal tpp, BigDecimal density, Thresholds t) {
        return tpp != null && density == null && tpp.compareTo(t.tppALowerBound()) >= 0 && tpp.compareTo(t.tppA()) < 0;
    }

    private static Finding classFinding(ItemResult item, Thresholds t) {
        String what = "Item " + (item.index() + 1) + (item.model() == null ? "" : " (" + item.model() + ")") + ": TPP "
                + Words.number(item.tpp()) + (item.performanceDensity() == null ? ""
                        : ", performance density " + item.performanceDensity().stripTrailingZeros().toPlainString());
        return switch (item.itemClass()) {
            case ECCN_3A090_A -> new Finding("ITEM_3A090_A", Severity.INFO, what + " is 3A090.a (TPP at least "
                    + Words.number(t.tppA()) + ", or at least " + Words.number(t.tppALowerBound())
                    + " with a density of at least " + t.densityA().toPlainString() + ").", CITE_ECCN, item.index());
            case ECCN_3A090_B -> new Finding("ITEM_3A090_B", Severity.INFO, what + " is 3A090.b: below .a, with TPP "
                    + "and density inside one of the two .b ranges. It is reported as such and falls outside the "
                    + "tier rules, except where another control makes it licensable.", CITE_ECCN, item.index());
            case NOT_CONTROLLED -> new Finding("ITEM_NOT_CONTROLLED", Severity.INFO, what + " is below the 3A090 "
                    + "thresholds.", CITE_ECCN, item.index());
        };
    }
}
