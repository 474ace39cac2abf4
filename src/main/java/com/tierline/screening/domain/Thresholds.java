package com.tierline.screening.domain;

import java.math.BigDecimal;

/**
 * The numbers of RULES.md as rule-set data (never constants in code).
 *
 * @param tppA                  3A090.a applies at TPP at or above this
 * @param tppALowerBound        ... or at TPP at or above this with density at or above {@code densityA}
 * @param densityA              density threshold of 3A090.a
 * @param tppB                  3A090.b lower TPP bound (with density at or above {@code densityBLower})
 * @param densityBLower         3A090.b lower density bound
 * @param h100Tpp               TPP of one H100-SXM, for H100-equivalents
 * @param maxTppPerUnit         the largest TPP per unit accepted as plausible input
 * @param lppAnnualLimitTpp     low-volume exception: a consignee's calendar-year limit
 * @param countryAllocationTpp  Tier 2 country allocation over {@code allocationPeriod}
 * @param g2gAllocationFactor   multiplier of the allocation for countries with a government-to-government agreement
 * @param allocationPeriod      the period an allocation covers, e.g. "2025-2027"
 * @param uveuMinTier1Share     UVEU: minimum share of the fleet in Tier 1 countries
 * @param uveuMaxCountryShare   UVEU: maximum share of the fleet in any one Tier 2 country
 * @param uveuMinUsShare        UVEU headquartered in the US: minimum share in the US
 * @param nveuAllocationH100    national VEU cap in H100-equivalents, cumulative from the first year listed through
 *                              the end of the year named ("2026" → 270000 through 2026)
 * @param tppB2                 3A090.b second branch: TPP at or above this with density at or above
 *                              {@code densityB2Lower} (below .a); null in versions published without that branch
 * @param densityB2Lower        3A090.b second branch lower density bound; null with {@code tppB2}
 */
public record Thresholds(BigDecimal tppA, BigDecimal tppALowerBound, BigDecimal densityA, BigDecimal tppB,
        BigDecimal densityBLower, BigDecimal h100Tpp, BigDecimal maxTppPerUnit, BigDecimal lppAnnualLimitTpp,
        BigDecimal countryAllocationTpp, BigDecimal g2gAllocationFactor, String allocationPeriod,
        BigDecimal uveuMinTier1Share, BigDecimal uveuMaxCountryShare, BigDecimal uveuMinUsShare,
        java.util.Map<String, BigDecimal> nveuAllocationH100, BigDecimal tppB2, BigDecimal densityB2Lower) {

    public Thresholds {
        nveuAllocationH100 = nveuAllocationH100 == null ? java.util.Map.of() : java.util.Map.copyOf(nveuAllocationH100);
    }

    /** Thresholds of a version without the second 3A090.b branch. */
    public Thresholds(BigDecimal tppA, BigDecimal tppALowerBound, BigDecimal densityA, BigDecimal tppB,
            BigDecimal densityBLower, BigDecimal h100Tpp, BigDecimal maxTppPerUnit, BigDecimal lppAnnualLimitTpp,
            BigDecimal countryAllocationTpp, BigDecimal g2gAllocationFactor, String allocationPeriod,
            BigDecimal uveuMinTier1Share, BigDecimal uveuMaxCountryShare, BigDecimal uveuMinUsShare,
            java.util.Map<String, BigDecimal> nveuAllocationH100) {
        this(tppA, tppALowerBound, densityA, tppB, densityBLower, h100Tpp, maxTppPerUnit, lppAnnualLimitTpp,
                countryAllocationTpp, g2gAllocationFactor, allocationPeriod, uveuMinTier1Share, uveuMaxCountryShare,
                uveuMinUsShare, nveuAllocationH100, null, null);
    }

    /**
     * The national VEU cap through the end of {@code year} in TPP. The cap is cumulative: what an NVEU received in
     * earlier years counts against it. Zero for a year the rule set does not cover.
     */
    public BigDecimal nveuAllocationTpp(int year) {
        return nveuAllocationH100.getOrDefault(Integer.toString(year), BigDecimal.ZERO).multiply(h100Tpp);
    }

    /** The first calendar year the national VEU cap counts from (the earliest year listed). */
    public int nveuFirstYear(int fallback) {
        return nveuAllocationH100.keySet().stream().mapToInt(Integer::parseInt).min().orElse(fallback);
    }
}
