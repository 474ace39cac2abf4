package com.tierline.application.service;

import com.tierline.application.domain.FleetDeclaration;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.LineItem;
import com.tierline.application.domain.Particulars;
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
 * Gathers everything a screening needs — the consignee's low-volume total this year, the destination's allocation,
 * the organisation's VEU status and remaining national allocation — so that the screener itself does no I/O.
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
        return request(p, items, veu(p, organisation, BigDecimal.ZERO), BigDecimal.ZERO, null);
    }

    ScreeningRequest build(Particulars p, List<LineItem> items, Organisation organisation, Long caseId, RuleSet ruleSet,
            Instant at) {
        long excluding = caseId == null ? NO_CASE : caseId;
        int year = LocalDate.ofInstant(at, ZoneOffset.UTC).getYear();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant until = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

        String consigneeKey = PartyNames.identityKey(p.consigneeName());
        BigDecimal lppUsed = consigneeKey.isEmpty() ? BigDecimal.ZERO
                : applications.lowVolumeTotal(consigneeKey, from, until, excluding);
        AllocationPosition allocation = ruleSet.country(p.destinationCountry()).filter(c -> c.tier() == 2)
                .map(c -> ledger.position(c.iso2(), ruleSet)).orElse(null);
        BigDecimal nveuRemaining = "NATIONAL".equals(organisation.getVeuType())
                ? ruleSet.thresholds().nveuAllocationTpp(year).subtract(
                        applications.veuTotal(organisation.getId(), from, until, excluding)).max(BigDecimal.ZERO)
                : null;
        return request(p, items, veu(p, organisation, nveuRemaining), lppUsed, allocation);
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
            BigDecimal lppUsed, AllocationPosition allocation) {
        return new ScreeningRequest(p.destinationCountry(),
                party(p.consigneeName(), p.consigneeCountry(), p.consigneeHeadquartersCountry()),
                party(p.endUserName(), p.endUserCountry(), null),
                party(p.ultimateEndUserName(), p.ultimateEndUserCountry(), null),
                items.stream().map(i -> new ScreeningRequest.Item(i.getModel(), i.getTpp(), i.getPerformanceDensity(),
                        i.getQuantity())).toList(),
                veu, p.attestations(), lppUsed, allocation);
    }

    private static Party party(String name, String country, String headquarters) {
        return name == null && country == null ? null : new Party(name, country, headquarters);
    }
}
