package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A catalogue accelerator: its TPP, die area and performance density, where the figures come from, and the other
 * names it goes by ("H100", "H100 SXM"), matched like the model name without regard to case, spaces or dashes.
 */
public record ChipSpec(String model, String vendor, BigDecimal tpp, BigDecimal dieAreaMm2,
        BigDecimal performanceDensity, String basis, List<String> aliases) {

    public ChipSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public ChipSpec(String model, String vendor, BigDecimal tpp, BigDecimal dieAreaMm2, BigDecimal performanceDensity,
            String basis) {
        this(model, vendor, tpp, dieAreaMm2, performanceDensity, basis, List.of());
    }

    /** "H100 sxm5" and "h100-SXM5" alike: upper case, without spaces, dashes, underscores or dots. */
    static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_.]", "");
    }
}
