package com.tierline.screening.domain;

import java.math.BigDecimal;

/**
 * The exporter's validated-end-user status and what it declared about its fleet (all in TPP).
 * A universal VEU (UVEU) declares its whole fleet split; a national VEU (NVEU) has its own remaining allocation.
 */
public record ValidatedEndUser(Type type, String headquartersCountry, BigDecimal fleetTotalTpp,
        BigDecimal fleetTier1Tpp, BigDecimal fleetUsTpp, BigDecimal fleetInDestinationTpp,
        BigDecimal nveuRemainingTpp) {

    public enum Type { UNIVERSAL, NATIONAL }

    public static ValidatedEndUser universal(String hq, BigDecimal total, BigDecimal tier1, BigDecimal us,
            BigDecimal inDestination) {
        return new ValidatedEndUser(Type.UNIVERSAL, hq, total, tier1, us, inDestination, null);
    }

    public static ValidatedEndUser national(String hq, BigDecimal remaining) {
        return new ValidatedEndUser(Type.NATIONAL, hq, null, null, null, null, remaining);
    }
}
