package com.tierline.screening.domain;

import java.math.BigDecimal;

/** RULES.md §3, in its order: the low-volume exception, a validated end user, else a licence and the allocation. */
final class Tier2 {

    private Tier2() {
    }

    /** {@code hold}: why no exception may be offered (a listed party, transshipment through Tier 3), or null. */
    static ScreeningResult decide(Screener.Decision d, Screener.Hold hold) {
        if (hold != null) {
            // A hold forces review: no exception may be offered beside it, and the licensed amount is what the case
            // reserves of the allocation.
            d.findings().add(new Finding("EXCEPTIONS_WITHHELD", Severity.BLOCKING, "Neither the low-volume "
                    + "exception nor a validated-end-user authorisation can be used while " + hold.reason()
                    + ": a licence is required.", hold.citation()));
            return licence(d);
        }
        if (lowVolume(d)) {
            return d.result(Outcome.AUTHORISED_LOW_VOLUME, null);
        }
        if (d.request().veu() != null && VeuRules.met(d.request(), d.ruleSet(), d.destination(), d.controlled(),
                d.findings())) {
            return d.result(Outcome.AUTHORISED_VEU, null);
        }
        return licence(d);
    }

    /**
     * Whether the request fits the consignee's calendar-year limit, counting every exporter's shipments; the
     * exporter is told only whether it fits and what its own organisation's shipments used (§3.1).
     */
    private static boolean lowVolume(Screener.Decision d) {
        Thresholds t = d.ruleSet().thresholds();
        BigDecimal after = d.request().consigneeLppUsedTpp().add(d.controlled());
        boolean fits = after.compareTo(t.lppAnnualLimitTpp()) <= 0;
        BigDecimal own = d.request().organisationLppUsedTpp();
        String ownUse = own == null ? "" : " The applicant organisation's own shipments to this consignee under the "
                + "exception have used " + Words.tpp(own) + " of the limit this calendar year.";
        if (fits) {
            d.findings().add(new Finding("LPP_AUTHORISED", Severity.INFO, "The request fits the consignee's "
                    + Words.tpp(t.lppAnnualLimitTpp()) + " calendar-year limit under the low-volume exception (all "
                    + "exporters' shipments counted), so no licence is needed; BIS must be notified, and it does not "
                    + "count against " + d.destination().name() + "'s allocation." + ownUse, Screener.CITE_LPP));
        } else {
            d.findings().add(new Finding("LPP_LIMIT_EXCEEDED", Severity.WARNING, "The low-volume exception does not "
                    + "apply: the request does not fit the consignee's " + Words.tpp(t.lppAnnualLimitTpp())
                    + " calendar-year limit (all exporters' shipments counted), so the whole request needs another "
                    + "basis." + ownUse, Screener.CITE_LPP));
        }
        return fits;
    }

    private static ScreeningResult licence(Screener.Decision d) {
        AllocationView allocation = null;
        String position = "";
        AllocationPosition a = d.request().allocation();
        String country = d.destination().name();
        if (a != null) {
            BigDecimal before = a.remaining();
            BigDecimal after = before.subtract(d.controlled());
            allocation = new AllocationView(a.allocated(), a.consumed(), a.reserved(), before, after);
            position = " " + country + " has " + Words.tpp(before.max(BigDecimal.ZERO)) + " of its "
                    + Words.tpp(a.allocated()) + " allocation left; this request would leave " + Words.tpp(after)
                    + ".";
            if (after.signum() < 0) {
                d.findings().add(new Finding("ALLOCATION_EXCEEDED", Severity.BLOCKING, "The request exceeds "
                        + country + "'s remaining allocation by " + Words.tpp(after.negate())
                        + "; the excess is reviewed with a presumption of denial.", Screener.CITE_ALLOCATION));
            }
        }
        String why = d.destination().tier() == 2 ? country + " is a Tier 2 destination"
                : "A condition of License Exception AIA fails, so the request is screened under Tier 2 rules";
        d.findings().add(new Finding("TIER2_LICENCE_REQUIRED", Severity.WARNING, why + ": a licence is required "
                + "and the approved amount counts against the country's allocation." + position,
                Screener.CITE_ALLOCATION));
        return d.result(Outcome.LICENCE_REQUIRED, allocation);
    }
}
