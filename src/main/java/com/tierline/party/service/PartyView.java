package com.tierline.party.service;

import com.tierline.party.domain.PartyStatus;
import com.tierline.party.domain.VeuKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A registered party as the administration page shows it, with its VEU authorisations. */
public record PartyView(Long id, String name, List<String> aliases, String country, String headquartersCountry,
        String parentName, String parentCountry, Long parentPartyId, String lei, PartyStatus status,
        boolean provisional, Long mergedIntoId, List<Authorisation> authorisations) {

    public record Authorisation(String number, VeuKind kind, String destinationCountry, LocalDate validFrom,
            LocalDate validUntil, BigDecimal fleetTotalTpp, BigDecimal fleetTier1Tpp, BigDecimal fleetUsTpp,
            BigDecimal fleetInDestinationTpp) {
    }

    public PartyDetails details() {
        return new PartyDetails(name, aliases, country, headquartersCountry, parentName, parentCountry,
                parentPartyId, lei);
    }
}
