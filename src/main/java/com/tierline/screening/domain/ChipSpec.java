package com.tierline.screening.domain;

import java.math.BigDecimal;

/** A catalogue accelerator: its TPP, die area and performance density, and where the figures come from. */
public record ChipSpec(String model, String vendor, BigDecimal tpp, BigDecimal dieAreaMm2,
        BigDecimal performanceDensity, String basis) {
}
