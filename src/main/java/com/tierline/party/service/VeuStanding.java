package com.tierline.party.service;

import com.tierline.party.domain.VeuAuthorisation;
import com.tierline.party.domain.VeuKind;

/** A party's VEU authorisation that covers a destination on a date (RULES.md §3.2). */
public record VeuStanding(long partyId, String partyName, VeuKind kind, String number, String headquartersCountry,
        String destinationCountry, VeuAuthorisation.Fleet fleet) {
}
