package com.tierline.party.service;

import java.util.Set;

/**
 * What a consignee or end user resolved to: the registered party, how, and what its running totals are kept under —
 * the party and every party merged into it ({@code partyIds}) and, for cases filed before the directory linked them,
 * the identity keys of its name and aliases ({@code keys}).
 */
public record Resolution(long partyId, String registeredName, String typedName, How how, Set<Long> partyIds,
        Set<String> keys, String headquartersCountry, String parentCountry) {

    public enum How { PICKED, NAME, ALIAS, SIMILAR }

    /**
     * A name that is not the registered one is flagged, so that a reviewer sees the join — also on a filed case,
     * whose link was made from the typed name at filing.
     */
    public boolean flagged() {
        return !registeredName.equals(typedName);
    }
}
