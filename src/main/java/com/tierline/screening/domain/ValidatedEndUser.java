package com.tierline.screening.domain;

import java.math.BigDecimal;

/**
 * The exporter's validated-end-user status and what it declared about its fleet (all in TPP).
 * A universal VEU (UVEU) declares its whole fleet split; a national VEU (NVEU) is authorised for one destination
 * (which need not be its headquarters) and has what is left of its cumulative cap.
 */
public record ValidatedEndUser(Type type, String headquartersCountry, BigDecimal fleetTotalTpp,
        BigDecimal fleetTier1Tpp, BigDecimal fleetUsTpp, BigDecimal fleetInDestinationTpp,
        BigDecimal nveuRemainingTpp, String authorisedDestination) {

    public enum Type { UNIVERSAL, NATIONAL }

    public ValidatedEndUser(Type type, String headquartersCountry, BigDecimal fleetTotalTpp, BigDecimal fleetTier1Tpp,
            BigDecimal fleetUsTpp, BigDecimal fleetInDestinationTpp, BigDecimal nveuRemainingTpp) {
        this(type, headquartersCountry, fleetTotalTpp, fleetTier1Tpp, fleetUsTpp, fleetInDestinationTpp,
                nveuRemainingTpp, null);
    }

    public static ValidatedEndUser universal(String hq, BigDecimal total, BigDecimal tier1, BigDecimal us,
            BigDecimal inDestination) {
        return new ValidatedEndUser(Type.UNIVERSAL, hq, total, tier1, us, inDestination, null, null);
    }

    public static ValidatedEndUser national(String hq, String authorisedDestination, BigDecimal remaining) {
        return new ValidatedEndUser(Type.NATIONAL, hq, null, null, null, null, remaining, authorisedDestination);
    }

    /** A UVEU that has not declared every fleet figure cannot use the UVEU path (other paths still apply). */
    public boolean fleetDeclared() {
        return fleetTotalTpp != null && fleetTier1Tpp != null && fleetUsTpp != null && fleetInDestinationTpp != null;
    }
}
