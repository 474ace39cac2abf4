package com.tierline.application.service;

import com.tierline.shared.CleanText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * One item line as the exporter declares it: a catalogue model and/or TPP and density per unit (declared figures
 * win over the catalogue), quantity and unit value. Whether a model or a TPP is given is checked by the screener.
 */
public record ItemDraft(
        @NotBlank(message = "Describe the item") @Size(max = 200, message = "Keep the description under 200 characters")
        @CleanText String description,
        @Size(max = 64, message = "Unknown chip model") @CleanText String model,
        @DecimalMin(value = "0.01", message = "TPP must be greater than zero")
        @DecimalMax(value = "1000000", message = "TPP above 1,000,000 per unit is not a real chip: check the figure")
        @Digits(integer = 7, fraction = 2, message = "Give TPP per unit up to 1,000,000 with at most two decimal "
                + "places")
        BigDecimal tpp,
        @DecimalMin(value = "0", message = "Performance density cannot be negative")
        @DecimalMax(value = "1000", message = "Performance density above 1,000 is not plausible: check the figure")
        @Digits(integer = 4, fraction = 2, message = "Give performance density up to 1,000 with at most two "
                + "decimal places")
        BigDecimal performanceDensity,
        @NotNull(message = "Enter the quantity")
        @Min(value = 1, message = "Quantity must be at least 1")
        @Max(value = MAX_QUANTITY, message = "Quantity above 10,000,000 is not plausible: check the figure")
        Integer quantity,
        @DecimalMin(value = "0", message = "Unit value cannot be negative")
        @DecimalMax(value = MAX_UNIT_VALUE_USD, message = UNIT_VALUE_RANGE)
        @Digits(integer = 10, fraction = 2, message = UNIT_VALUE_RANGE)
        BigDecimal unitValueUsd) {

    /** One billion dollars a unit: above any chip or system sold, inside the database's numeric(14, 2). */
    public static final String MAX_UNIT_VALUE_USD = "1000000000";
    static final String UNIT_VALUE_RANGE = "Give the unit value in US dollars from 0 to 1,000,000,000, in whole "
            + "cents (at most two decimal places)";
    public static final int MAX_QUANTITY = 10_000_000;

    /** A declared item without a catalogue model. */
    public ItemDraft(String description, BigDecimal tpp, BigDecimal performanceDensity, Integer quantity,
            BigDecimal unitValueUsd) {
        this(description, null, tpp, performanceDensity, quantity, unitValueUsd);
    }
}
