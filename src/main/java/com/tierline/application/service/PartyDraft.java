package com.tierline.application.service;

import com.tierline.shared.CleanText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The purchaser or one intermediate consignee as the exporter declares it: name, ISO alpha-2 country, and for an
 * intermediate consignee its role in the exporter's words ("freight forwarder"). The purchaser has no role.
 */
public record PartyDraft(
        @NotBlank(message = "Name the party") @Size(max = 200, message = "Keep the name under 200 characters")
        @CleanText String name,
        @NotBlank(message = "Choose the party's country")
        @Pattern(regexp = "[A-Z]{2}", message = "Use a two-letter ISO country code") String country,
        @Size(max = 100, message = "Keep the role under 100 characters") @CleanText String role) {

    public PartyDraft {
        name = trimmed(name);
        country = trimmed(country);
        role = trimmed(role);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
