package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The pre-screen's answer. {@code tier} is the destination's tier; {@code effectiveTier} may be higher when the
 * headquarters rule applies. {@code allocation} is null unless the request counts against a country allocation.
 */
public record ScreeningResult(Outcome outcome, int tier, int effectiveTier, BigDecimal totalTpp,
        BigDecimal controlledTpp, BigDecimal h100Equivalents, AllocationView allocation, String ruleSetVersion,
        List<ItemResult> items, List<Finding> findings) {

    public ScreeningResult {
        items = List.copyOf(items);
        findings = List.copyOf(findings);
    }

    public boolean hasFinding(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code));
    }
}
