package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** RULES.md §3.2: the conditions of a universal or national validated end user, each broken one a finding. */
final class VeuRules {

    static final String CITE_VEU = "Validated end users (UVEU/NVEU), 15 CFR 748.15; " + Placement.RULE;
    static final String CITE_SECURITY = "Data-centre security conditions, Supp. No. 10 to 15 CFR part 748";

    private VeuRules() {
    }

    /** Adds a finding for every VEU condition the request breaks; true if none is broken. */
    static boolean met(ScreeningRequest request, RuleSet ruleSet, CountryTier destination, BigDecimal controlled,
            List<Finding> findings) {
        ValidatedEndUser veu = request.veu();
        List<Finding> problems = new ArrayList<>();
        if (veu.type() == ValidatedEndUser.Type.UNIVERSAL) {
            universal(veu, ruleSet, destination, controlled, problems);
        } else {
            national(veu, ruleSet, destination, controlled, problems);
        }
        Set<SecurityAttestation> missing = EnumSet.allOf(SecurityAttestation.class);
        missing.removeAll(request.attestations());
        for (SecurityAttestation m : missing) {
            problems.add(new Finding("VEU_ATTESTATION_MISSING", Severity.WARNING, "The data centre has not attested to "
                    + m.label().toLowerCase(Locale.ROOT) + ", a condition for validated end users.", CITE_SECURITY));
        }
        if (problems.isEmpty()) {
            boolean universal = veu.type() == ValidatedEndUser.Type.UNIVERSAL;
            findings.add(new Finding(universal ? "UVEU_AUTHORISED" : "NVEU_AUTHORISED", Severity.INFO,
                    "Authorised for the " + (universal ? "universal" : "national") + " validated end user: every "
                    + "fleet and security condition is met, and it does not count against the country allocation.",
                    CITE_VEU));
            return true;
        }
        findings.addAll(problems);
        return false;
    }

    private static void universal(ValidatedEndUser veu, RuleSet ruleSet, CountryTier destination,
            BigDecimal controlled, List<Finding> problems) {
        Thresholds t = ruleSet.thresholds();
        CountryTier hq = ruleSet.country(veu.headquartersCountry()).orElseThrow();
        if (hq.tier() != 1) {
            problems.add(new Finding("UVEU_HEADQUARTERS", Severity.WARNING, "A universal validated end user must "
                    + "be headquartered in the United States or a Tier 1 country, not " + hq.name() + ".", CITE_VEU));
        }
        if (!veu.fleetDeclared()) {
            // Only this path needs the fleet split; LPP, Tier 1 and a licence were screened without it.
            problems.add(new Finding("UVEU_FLEET_MISSING", Severity.WARNING, "The universal validated end user has "
                    + "not declared its fleet split (total, in Tier 1, in the United States, in the destination), so "
                    + "the universal VEU authorisation cannot be checked or used.", CITE_VEU));
            return;
        }
        BigDecimal fleetAfter = veu.fleetTotalTpp().add(controlled);
        BigDecimal tier1Share = share(veu.fleetTier1Tpp(), fleetAfter);
        BigDecimal countryShare = share(veu.fleetInDestinationTpp().add(controlled), fleetAfter);
        if (tier1Share.compareTo(t.uveuMinTier1Share()) < 0) {
            problems.add(new Finding("UVEU_TIER1_SHARE", Severity.WARNING, "After this export only "
                    + Words.percent(tier1Share) + " of the fleet would be in Tier 1 countries; a universal VEU must "
                    + "keep at least " + Words.percent(t.uveuMinTier1Share()) + ".", CITE_VEU));
        }
        if (countryShare.compareTo(t.uveuMaxCountryShare()) > 0) {
            problems.add(new Finding("UVEU_COUNTRY_SHARE", Severity.WARNING, "After this export "
                    + Words.percent(countryShare) + " of the fleet would be in " + destination.name()
                    + "; a universal VEU may keep at most " + Words.percent(t.uveuMaxCountryShare())
                    + " in any one Tier 2 country.", CITE_VEU));
        }
        if ("US".equals(hq.iso2())) {
            BigDecimal usShare = share(veu.fleetUsTpp(), fleetAfter);
            if (usShare.compareTo(t.uveuMinUsShare()) < 0) {
                problems.add(new Finding("UVEU_US_SHARE", Severity.WARNING, "After this export only "
                        + Words.percent(usShare) + " of the fleet would be in the United States; a US-headquartered "
                        + "universal VEU must keep at least " + Words.percent(t.uveuMinUsShare()) + ".", CITE_VEU));
            }
        }
    }

    private static void national(ValidatedEndUser veu, RuleSet ruleSet, CountryTier destination,
            BigDecimal controlled, List<Finding> problems) {
        CountryTier hq = ruleSet.country(veu.headquartersCountry()).orElseThrow();
        if (hq.tier() == 3) {
            problems.add(new Finding("NVEU_HEADQUARTERS", Severity.WARNING, "A national validated end user must be "
                    + "headquartered in a destination that is not Tier 3, not " + hq.name() + ".", CITE_VEU));
        }
        String authorised = veu.authorisedDestination() == null ? veu.headquartersCountry()
                : veu.authorisedDestination();
        if (!destination.iso2().equals(authorised)) {
            String where = ruleSet.country(authorised).map(CountryTier::name).orElse(authorised);
            problems.add(new Finding("NVEU_DESTINATION", Severity.WARNING, "The national validated end user is "
                    + "authorised for " + where + " only, not for " + destination.name() + ".", CITE_VEU));
        }
        if (veu.nveuRemainingTpp().compareTo(controlled) < 0) {
            problems.add(new Finding("NVEU_ALLOCATION_EXCEEDED", Severity.WARNING, "The request needs "
                    + Words.tpp(controlled) + " but the national VEU has only " + Words.tpp(veu.nveuRemainingTpp())
                    + " left of its cumulative cap.", CITE_VEU));
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.divide(whole, 6, RoundingMode.HALF_UP);
    }
}
