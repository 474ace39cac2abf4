package com.tierline.party.service;

import com.tierline.party.domain.VeuKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A VEU authorisation as an administrator grants it: number, kind, the destination (national VEUs only), the dates
 * it is valid (until may be open) and, for a universal VEU, its declared fleet split in TPP.
 */
public record AuthorisationDetails(String number, VeuKind kind, String destinationCountry, LocalDate validFrom,
        LocalDate validUntil, BigDecimal fleetTotalTpp, BigDecimal fleetTier1Tpp, BigDecimal fleetUsTpp,
        BigDecimal fleetInDestinationTpp) {

    public AuthorisationDetails {
        number = number == null || number.isBlank() ? null : number.trim();
        destinationCountry = destinationCountry == null || destinationCountry.isBlank() ? null
                : destinationCountry.trim();
    }
}
