package com.tierline.letters.service;

import com.tierline.screening.domain.Finding;
import com.tierline.screening.domain.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One screening as letters report it. {@code outcome} null means the case was never screened; {@code tier} and
 * {@code h100Equivalents} may be null (not screened, or no controlled items).
 */
public record ScreeningFacts(Instant at, String ruleSetVersion, Outcome outcome, Integer tier, BigDecimal totalTpp,
        BigDecimal h100Equivalents, List<Finding> findings) {

    public ScreeningFacts {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
