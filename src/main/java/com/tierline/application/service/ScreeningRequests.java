package com.tierline.application.service;

import com.tierline.application.domain.FleetDeclaration;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.LineItem;
import com.tierline.application.domain.Particulars;
import com.tierline.application.domain.PartyOrigins;
import com.tierline.identity.domain.Organisation;
import com.tierline.screening.domain.AllocationPosition;
import com.tierline.screening.domain.Party;
import com.tierline.screening.domain.PartyNames;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.ValidatedEndUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Gathers everything a screening needs — the consignee's low-volume total this year (all exporters, and the
 * requesting organisation's own share), the destination's allocation, the organisation's VEU status and what is
 * left of its cumulative national cap — so that the screener itself does no I/O.
 * Drafts and submitted cases are built the same way, so the live pre-screen shows what the process will decide.
 */
@Component
class ScreeningRequests {

    private static final long NO_CASE = -1L;

    private final LicenceApplicationRepository applications;
    private final AllocationLedger ledger;

    ScreeningRequests(LicenceApplicationRepository applications, AllocationLedger ledger) {
        this.applications = applications;
        this.ledger = ledger;
    }

    /**
     * The request as far as the application itself says: for checking input, which needs no totals from the
     * ledger (nor their queries). The remaining national VEU allocation is given as zero, not as unknown.
     */
    ScreeningRequest inputOnly(Particulars p, List<LineItem> items, Organisation organisation) {
        return request(p, items, veu(p, organisation, BigDecimal.ZERO), BigDecimal.ZERO, null, null);
    }

    /** The calendar year a request counts in: that of its intended shipment date, otherwise of {@code at}. */
    static int year(Particulars p, Instant at) {
        return p.shipmentDate() != null ? p.shipmentDate().getYear() : LocalDate.ofInstant(at, ZoneOffset.UTC).getYear();
    }

    ScreeningRequest build(Particulars p, List<LineItem> items, Organisation organisation, Long caseId, RuleSet ruleSet,
            Instant at) {
        return build(p, items, organisation, caseId, ruleSet, at, null, BigDecimal.ZERO);
    }

    /**
     * A filed case screened again (after a reply, under a new rule set): what the case itself holds in reserve is
     * not counted against it, so the allocation "before" figure is the same as at filing.
     */
    ScreeningRequest forCase(LicenceApplication application, RuleSet ruleSet, Instant at) {
        BigDecimal own = application.getAllocationReservedTpp();
        return build(application.particulars(), application.getItems(), application.getOrganisation(),
                application.getId(), ruleSet, at, application.getAllocationPeriod(),
                own == null ? BigDecimal.ZERO : own);
    }

    private ScreeningRequest build(Particulars p, List<LineItem> items, Organisation organisation, Long caseId,
            RuleSet ruleSet, Instant at, String ownPeriod, BigDecimal ownReserved) {
        long excluding = caseId == null ? NO_CASE : caseId;
        int year = year(p, at);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        Instant from = first.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant until = next.atStartOfDay().toInstant(ZoneOffset.UTC);

        String consigneeKey = PartyNames.identityKey(p.consigneeName());
        BigDecimal lppUsed = BigDecimal.ZERO;
        BigDecimal ownLppUsed = BigDecimal.ZERO;
        if (!consigneeKey.isEmpty()) {
            lppUsed = applications.lowVolumeTotalInYear(consigneeKey, first, next, from, until, null, excluding);
            ownLppUsed = applications.lowVolumeTotalInYear(consigneeKey, first, next, from, until,
                    organisation.getId(), excluding);
        }
        AllocationPosition allocation = ruleSet.country(p.destinationCountry()).filter(c -> c.tier() == 2)
                .map(c -> withoutOwnReservation(ledger.position(c.iso2(), ruleSet), ruleSet, ownPeriod, ownReserved))
                .orElse(null);
        BigDecimal nveuRemaining = null;
        if ("NATIONAL".equals(organisation.getVeuType())) {
            // The national cap is cumulative: every year since the first one the rule set lists counts against it.
            Instant since = LocalDate.of(ruleSet.thresholds().nveuFirstYear(year), 1, 1).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            nveuRemaining = ruleSet.thresholds().nveuAllocationTpp(year).subtract(
                    applications.veuTotal(organisation.getId(), since, until, excluding)).max(BigDecimal.ZERO);
        }
        return request(p, items, veu(p, organisation, nveuRemaining), lppUsed, ownLppUsed, allocation);
    }

    private static AllocationPosition withoutOwnReservation(AllocationPosition position, RuleSet ruleSet,
            String ownPeriod, BigDecimal ownReserved) {
        if (ownReserved.signum() <= 0 || !ruleSet.thresholds().allocationPeriod().equals(ownPeriod)) {
            return position;
        }
        return new AllocationPosition(position.allocated(), position.consumed(),
                position.reserved().subtract(ownReserved).max(BigDecimal.ZERO));
    }

    private static ValidatedEndUser veu(Particulars p, Organisation organisation, BigDecimal nveuRemaining) {
        if ("UNIVERSAL".equals(organisation.getVeuType())) {
            FleetDeclaration f = p.fleet();
            return f == null ? new ValidatedEndUser(ValidatedEndUser.Type.UNIVERSAL, organisation.getCountry(), null,
                    null, null, null, null)
                    : ValidatedEndUser.universal(organisation.getCountry(), f.totalTpp(), f.tier1Tpp(), f.usTpp(),
                            f.inDestinationTpp());
        }
        return "NATIONAL".equals(organisation.getVeuType())
                ? ValidatedEndUser.national(organisation.getCountry(), nveuRemaining) : null;
    }

    private static ScreeningRequest request(Particulars p, List<LineItem> items, ValidatedEndUser veu,
            BigDecimal lppUsed, BigDecimal ownLppUsed, AllocationPosition allocation) {
        PartyOrigins o = p.origins();
        return new ScreeningRequest(p.destinationCountry(),
                party(p.consigneeName(), p.consigneeCountry(), p.consigneeHeadquartersCountry(),
                        o.consigneeParentCountry()),
                party(p.endUserName(), p.endUserCountry(), o.endUserHeadquartersCountry(), o.endUserParentCountry()),
                party(p.ultimateEndUserName(), p.ultimateEndUserCountry(), o.ultimateEndUserHeadquartersCountry(),
                        o.ultimateEndUserParentCountry()),
                items.stream().map(i -> new ScreeningRequest.Item(i.getModel(), i.getTpp(), i.getPerformanceDensity(),
                        i.getQuantity())).toList(),
                veu, p.attestations(), lppUsed, allocation, p.dataCentreCountry(), ownLppUsed,
                p.purchaser() == null ? null : party(p.purchaser().name(), p.purchaser().country(), null, null),
                p.intermediateConsignees().stream().map(t -> new Party(t.name(), t.country())).toList());
    }

    private static Party party(String name, String country, String headquarters, String parent) {
        return name == null && country == null && headquarters == null && parent == null ? null
                : new Party(name, country, headquarters, parent);
    }
}
