package com.tierline.screening.domain;

import java.math.BigDecimal;

/**
 * The numbers of RULES.md §1 as rule-set data: ECCN 3A090.a applies at TPP ≥ {@code tppA}, or at
 * TPP ≥ {@code tppALowerBound} with performance density ≥ {@code densityA}; totals are also expressed in
 * H100-equivalents of {@code h100Tpp} TPP each.
 */
public record Thresholds(BigDecimal tppA, BigDecimal tppALowerBound, BigDecimal densityA, BigDecimal tppB,
        BigDecimal densityBLower, BigDecimal h100Tpp) {
}
