package com.tierline.party.service;

import java.util.List;

/**
 * What an administrator says about a registered party: its name, the other names it goes by (one per entry), its
 * country, headquarters, ultimate parent (by name and country, or as another registered party) and an optional LEI.
 */
public record PartyDetails(String name, List<String> aliases, String country, String headquartersCountry,
        String parentName, String parentCountry, Long parentPartyId, String lei) {

    public PartyDetails {
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank())
                .map(String::trim).distinct().toList();
        name = blankToNull(name);
        country = blankToNull(country);
        headquartersCountry = blankToNull(headquartersCountry);
        parentName = blankToNull(parentName);
        parentCountry = blankToNull(parentCountry);
        lei = blankToNull(lei);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
