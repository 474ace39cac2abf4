package com.tierline.letters.service;

import java.math.BigDecimal;

/** One item line as letters list it; {@code model}, {@code density} and {@code unitValueUsd} may be null. */
public record ItemLine(String description, String model, BigDecimal tppPerUnit, BigDecimal density, long quantity,
        BigDecimal unitValueUsd) {
}
