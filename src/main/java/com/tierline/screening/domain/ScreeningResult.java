package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.List;

public record ScreeningResult(Outcome outcome, int tier, BigDecimal totalTpp, BigDecimal controlledTpp,
        BigDecimal h100Equivalents, String ruleSetVersion, List<Finding> findings) {

    public ScreeningResult {
        findings = List.copyOf(findings);
    }
}
