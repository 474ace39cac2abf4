package com.tierline.application.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
        String description,
        @Size(max = 64, message = "Unknown chip model") String model,
        @DecimalMin(value = "0.01", message = "TPP must be greater than zero")
        @DecimalMax(value = "1000000", message = "TPP above 1,000,000 per unit is not a real chip: check the figure")
        BigDecimal tpp,
        @DecimalMin(value = "0", message = "Performance density cannot be negative")
        @DecimalMax(value = "1000", message = "Performance density above 1,000 is not plausible: check the figure")
        BigDecimal performanceDensity,
        @NotNull(message = "Enter the quantity")
        @Min(value = 1, message = "Quantity must be at least 1")
        @Max(value = 10_000_000, message = "Quantity above 10,000,000 is not plausible: check the figure")
        Integer quantity,
        @DecimalMin(value = "0", message = "Unit value cannot be negative")
        BigDecimal unitValueUsd) {

    /** A declared item without a catalogue model. */
    public ItemDraft(String description, BigDecimal tpp, BigDecimal performanceDensity, Integer quantity,
            BigDecimal unitValueUsd) {
        this(description, null, tpp, performanceDensity, quantity, unitValueUsd);
    }
}
