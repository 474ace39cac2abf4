package com.tierline.application.service;

import com.tierline.allocation.service.AllocationLedger;
import com.tierline.application.domain.FleetDeclaration;
import com.tierline.application.domain.LicenceApplication;
import com.tierline.application.domain.LicenceApplicationRepository;
import com.tierline.application.domain.LineItem;
import com.tierline.application.domain.Particulars;
import com.tierline.application.domain.PartyOrigins;
import com.tierline.identity.domain.Organisation;
import com.tierline.party.domain.VeuAuthorisation;
import com.tierline.party.domain.VeuKind;
import com.tierline.party.service.PartyResolver;
import com.tierline.party.service.Resolution;
import com.tierline.party.service.VeuStanding;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Gathers everything a screening needs — the consignee's low-volume total this year (all exporters, and the
 * requesting organisation's own share), the destination's allocation, the VEU standing of the consignee or end user
 * and what is left of its cumulative national cap — so that the screener itself does no I/O.
 * Consignee and end user are read as registered parties (RULES.md §3.1, §3.2): totals and VEU status belong to the
 * party, found by the id picked or by the typed name; an unregistered name keeps its confusable-skeleton key.
 * Drafts and submitted cases are built the same way, so the live pre-screen shows what the process will decide.
 */
@Component
class ScreeningRequests {

    private static final long NO_CASE = -1L;

    private final LicenceApplicationRepository applications;
    private final AllocationLedger ledger;
    private final PartyResolver parties;

    ScreeningRequests(LicenceApplicationRepository applications, AllocationLedger ledger, PartyResolver parties) {
        this.applications = applications;
        this.ledger = ledger;
        this.parties = parties;
    }

    /** Which registered parties an application's consignee and end user are, where it says (picked or filed). */
    record PartyLinks(Long consigneePartyId, Long endUserPartyId) {
        static final PartyLinks NONE = new PartyLinks(null, null);

        static PartyLinks of(LicenceApplication a) {
            return new PartyLinks(a.getConsigneePartyId(), a.getEndUserPartyId());
        }
    }

    /** The two parties as the directory knows them, and the VEU authorisation one of them holds, if any. */
    private record Resolved(Optional<Resolution> consignee, Optional<Resolution> endUser,
            Optional<VeuStanding> veu) {
    }

    /**
     * The request as far as the application itself says: for checking input, which needs no totals from the
     * ledger (nor their queries). The remaining national VEU allocation is given as zero, not as unknown.
     */
    ScreeningRequest inputOnly(Particulars p, PartyLinks links, List<LineItem> items, Instant at) {
        Resolved r = resolve(p, links, at);
        return request(p, r, items, veu(p, r.veu(), BigDecimal.ZERO), BigDecimal.ZERO, null, null);
    }

    /** The calendar year a request counts in: that of its intended shipment date, otherwise of {@code at}. */
    static int year(Particulars p, Instant at) {
        return p.shipmentDate() != null ? p.shipmentDate().getYear() : LocalDate.ofInstant(at, ZoneOffset.UTC).getYear();
    }

    ScreeningRequest build(Particulars p, PartyLinks links, List<LineItem> items, Organisation organisation,
            Long caseId, RuleSet ruleSet, Instant at) {
        return build(p, links, items, organisation, caseId, ruleSet, at, null, BigDecimal.ZERO);
    }

    /**
     * A filed case screened again (after a reply, under a new rule set): what the case itself holds in reserve is
     * not counted against it, so the allocation "before" figure is the same as at filing.
     */
    ScreeningRequest forCase(LicenceApplication application, RuleSet ruleSet, Instant at) {
        BigDecimal own = application.getAllocationReservedTpp();
        return build(application.particulars(), PartyLinks.of(application), application.getItems(),
                application.getOrganisation(), application.getId(), ruleSet, at, application.getAllocationPeriod(),
                own == null ? BigDecimal.ZERO : own);
    }

    private ScreeningRequest build(Particulars p, PartyLinks links, List<LineItem> items, Organisation organisation,
            Long caseId, RuleSet ruleSet, Instant at, String ownPeriod, BigDecimal ownReserved) {
        long excluding = caseId == null ? NO_CASE : caseId;
        int year = year(p, at);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = LocalDate.of(year + 1, 1, 1);
        Instant from = first.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant until = next.atStartOfDay().toInstant(ZoneOffset.UTC);
        Resolved r = resolve(p, links, at);

        BigDecimal lppUsed = BigDecimal.ZERO;
        BigDecimal ownLppUsed = BigDecimal.ZERO;
        if (r.consignee().isPresent()) {
            Resolution c = r.consignee().get();
            lppUsed = applications.partyLowVolumeTotalInYear(c.partyIds(), c.keys(), first, next, from, until, null,
                    excluding);
            ownLppUsed = applications.partyLowVolumeTotalInYear(c.partyIds(), c.keys(), first, next, from, until,
                    organisation.getId(), excluding);
        } else {
            String consigneeKey = PartyNames.identityKey(p.consigneeName());
            if (!consigneeKey.isEmpty()) {
                lppUsed = applications.lowVolumeTotalInYear(consigneeKey, first, next, from, until, null, excluding);
                ownLppUsed = applications.lowVolumeTotalInYear(consigneeKey, first, next, from, until,
                        organisation.getId(), excluding);
            }
        }
        AllocationPosition allocation = ruleSet.country(p.destinationCountry()).filter(c -> c.tier() == 2)
                .map(c -> withoutOwnReservation(ledger.position(c.iso2(), ruleSet), ruleSet, ownPeriod, ownReserved))
                .orElse(null);
        BigDecimal nveuRemaining = null;
        if (r.veu().isPresent() && r.veu().get().kind() == VeuKind.NVEU) {
            // The national cap is cumulative and the party's: every year since the first one the rule set lists.
            Instant since = LocalDate.of(ruleSet.thresholds().nveuFirstYear(year), 1, 1).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
            VeuStanding nveu = r.veu().get();
            Set<Long> holder = Stream.of(r.consignee(), r.endUser()).flatMap(Optional::stream)
                    .filter(res -> res.partyId() == nveu.partyId()).findFirst().map(Resolution::partyIds)
                    .orElse(Set.of(nveu.partyId()));
            nveuRemaining = ruleSet.thresholds().nveuAllocationTpp(year).subtract(
                    applications.partyVeuTotal(holder, since, until, excluding)).max(BigDecimal.ZERO);
        }
        return request(p, r, items, veu(p, r.veu(), nveuRemaining), lppUsed, ownLppUsed, allocation);
    }

    private static AllocationPosition withoutOwnReservation(AllocationPosition position, RuleSet ruleSet,
            String ownPeriod, BigDecimal ownReserved) {
        if (ownReserved.signum() <= 0 || !ruleSet.thresholds().allocationPeriod().equals(ownPeriod)) {
            return position;
        }
        return new AllocationPosition(position.allocated(), position.consumed(),
                position.reserved().subtract(ownReserved).max(BigDecimal.ZERO));
    }

    private Resolved resolve(Particulars p, PartyLinks links, Instant at) {
        Optional<Resolution> consignee = parties.resolve(links.consigneePartyId(), p.consigneeName(),
                p.consigneeCountry());
        Optional<Resolution> endUser = parties.resolve(links.endUserPartyId(), p.endUserName(), p.endUserCountry());
        LocalDate on = p.shipmentDate() != null ? p.shipmentDate() : LocalDate.ofInstant(at, ZoneOffset.UTC);
        List<Long> holders = Stream.of(consignee, endUser).flatMap(Optional::stream).map(Resolution::partyId)
                .toList();
        Optional<VeuStanding> veu = p.destinationCountry() == null ? Optional.empty()
                : parties.veuStanding(holders, p.destinationCountry(), on);
        return new Resolved(consignee, endUser, veu);
    }

    /**
     * The VEU authorisation as the screener reads it. A universal VEU's fleet split is the one declared on the
     * application when it gives one (it is the current figure), otherwise the one recorded with the authorisation.
     */
    private static ValidatedEndUser veu(Particulars p, Optional<VeuStanding> standing, BigDecimal nveuRemaining) {
        if (standing.isEmpty()) {
            return null;
        }
        VeuStanding s = standing.get();
        if (s.kind() == VeuKind.UVEU) {
            FleetDeclaration f = p.fleet();
            if (f != null) {
                return ValidatedEndUser.universal(s.headquartersCountry(), f.totalTpp(), f.tier1Tpp(), f.usTpp(),
                        f.inDestinationTpp());
            }
            VeuAuthorisation.Fleet g = s.fleet();
            return ValidatedEndUser.universal(s.headquartersCountry(), g.totalTpp(), g.tier1Tpp(), g.usTpp(),
                    g.inDestinationTpp());
        }
        return ValidatedEndUser.national(s.headquartersCountry(), s.destinationCountry(), nveuRemaining);
    }

    private static ScreeningRequest request(Particulars p, Resolved r, List<LineItem> items, ValidatedEndUser veu,
            BigDecimal lppUsed, BigDecimal ownLppUsed, AllocationPosition allocation) {
        PartyOrigins o = p.origins();
        return new ScreeningRequest(p.destinationCountry(),
                party(p.consigneeName(), p.consigneeCountry(), p.consigneeHeadquartersCountry(),
                        o.consigneeParentCountry(), r.consignee()),
                party(p.endUserName(), p.endUserCountry(), o.endUserHeadquartersCountry(), o.endUserParentCountry(),
                        r.endUser()),
                party(p.ultimateEndUserName(), p.ultimateEndUserCountry(), o.ultimateEndUserHeadquartersCountry(),
                        o.ultimateEndUserParentCountry(), Optional.empty()),
                items.stream().map(i -> new ScreeningRequest.Item(i.getModel(), i.getTpp(), i.getPerformanceDensity(),
                        i.getQuantity())).toList(),
                veu, p.attestations(), lppUsed, allocation, p.dataCentreCountry(), ownLppUsed,
                p.purchaser() == null ? null : party(p.purchaser().name(), p.purchaser().country(), null, null,
                        Optional.empty()),
                p.intermediateConsignees().stream().map(t -> new Party(t.name(), t.country())).toList());
    }

    /**
     * A party as declared; where the directory knows it, its recorded headquarters and parent country fill what the
     * application leaves out (the headquarters rule reads them), and a join under another spelling is named.
     */
    private static Party party(String name, String country, String headquarters, String parent,
            Optional<Resolution> registered) {
        if (name == null && country == null && headquarters == null && parent == null) {
            return null;
        }
        if (registered.isEmpty()) {
            return new Party(name, country, headquarters, parent);
        }
        Resolution res = registered.get();
        return new Party(name, country, headquarters != null ? headquarters : res.headquartersCountry(),
                parent != null ? parent : res.parentCountry(), res.flagged() ? res.registeredName() : null);
    }
}
