package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.screening.service.ShippedRuleSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the screener over generated requests against the shipped rule set. */
class ScreenerPropertiesTest {

    final RuleSet rules = ShippedRuleSet.ruleSet();
    final RestrictedPartyList parties = ShippedRuleSet.restrictedParties();

    @Property(tries = 500)
    void sameInputAndVersionAlwaysGiveTheSameResult(@ForAll("requests") ScreeningRequest request) {
        assertThat(Screener.screen(request, rules, parties)).isEqualTo(Screener.screen(request, rules, parties));
    }

    @Property(tries = 500)
    void addingQuantityNeverTurnsLicenceRequiredIntoAuthorised(@ForAll("requests") ScreeningRequest request,
            @ForAll @IntRange(min = 1, max = 100_000) int extra) {
        ScreeningResult before = Screener.screen(request, rules, parties);
        List<ScreeningRequest.Item> more = new java.util.ArrayList<>(request.items());
        ScreeningRequest.Item first = more.get(0);
        more.set(0, new ScreeningRequest.Item(first.model(), first.tpp(), first.performanceDensity(),
                first.quantity() + extra));
        ScreeningResult after = Screener.screen(withItems(request, more), rules, parties);
        if (!before.outcome().authorised()) {
            assertThat(after.outcome().authorised()).as("%s then %s", before.outcome(), after.outcome()).isFalse();
        }
    }

    /** RULES.md §2a: below 3A090.b a Tier 3 destination is "not controlled"; nothing else is ever let through. */
    @Property(tries = 500)
    void tier3DestinationsNeverComeOutAuthorised(@ForAll("requests") ScreeningRequest request,
            @ForAll("tier3") String destination) {
        ScreeningRequest toTier3 = new ScreeningRequest(destination, request.consignee(), request.endUser(), null,
                request.items(), request.veu(), request.attestations(), request.consigneeLppUsedTpp(),
                request.allocation());
        ScreeningResult result = Screener.screen(toTier3, rules, parties);
        assertThat(result.outcome()).isNotIn(Outcome.AUTHORISED_TIER1, Outcome.AUTHORISED_LOW_VOLUME,
                Outcome.AUTHORISED_VEU);
        if (result.outcome() == Outcome.NOT_CONTROLLED) {
            assertThat(result.items()).extracting(ItemResult::itemClass).containsOnly(ItemClass.NOT_CONTROLLED);
            assertThat(rules.country(destination).orElseThrow().embargo()).isNull();
        }
    }

    @Provide
    Arbitrary<String> tier3() {
        return Arbitraries.of(rules.countries().values().stream().filter(c -> c.tier() == 3)
                .map(CountryTier::iso2).toList());
    }

    @Provide
    Arbitrary<ScreeningRequest> requests() {
        Arbitrary<String> destination = Arbitraries.of(rules.countries().keySet().stream().sorted().toList());
        Arbitrary<ScreeningRequest.Item> catalogueItem = Combinators.combine(
                Arbitraries.of(rules.chips().keySet().stream().sorted().toList()),
                Arbitraries.integers().between(1, 5_000))
                .as((model, quantity) -> new ScreeningRequest.Item(model, null, null, quantity));
        Arbitrary<ScreeningRequest.Item> declaredItem = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("40000")).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30")).ofScale(2).injectNull(0.2),
                Arbitraries.integers().between(1, 5_000))
                .as(ScreeningRequest.Item::new)
                // RULES.md §1: such an item cannot be classified and is refused; the properties are about the rest.
                .filter(i -> !Items.unclassifiable(i.tpp(), i.performanceDensity(), rules.thresholds()));
        Arbitrary<List<ScreeningRequest.Item>> items = Arbitraries.oneOf(catalogueItem, declaredItem).list()
                .ofMinSize(1).ofMaxSize(5);
        Arbitrary<String> consignee = Arbitraries.of("Gulf Data Centres", "Huawei Technologies", "Northwind Compute",
                "Kestrel Offshore Trading", "Pacific AI Labs");
        Arbitrary<BigDecimal> lppUsed = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30000000"))
                .ofScale(0);
        Arbitrary<BigDecimal> remaining = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("790000000")).ofScale(0);
        Arbitrary<ValidatedEndUser> veu = Arbitraries.of(
                ValidatedEndUser.universal("US", new BigDecimal("1000000000"), new BigDecimal("800000000"),
                        new BigDecimal("600000000"), new BigDecimal("10000000")),
                ValidatedEndUser.national("AE", "AE", new BigDecimal("100000000"))).injectNull(0.6);
        Arbitrary<Set<SecurityAttestation>> attestations = Arbitraries.of(SecurityAttestation.class).set();
        return Combinators.combine(destination, items, consignee, lppUsed, remaining, veu, attestations)
                .as((dest, list, name, used, left, v, att) -> new ScreeningRequest(dest, new Party(name, dest), null,
                        null, list, v, att, used, new AllocationPosition(new BigDecimal("790000000"),
                                new BigDecimal("790000000").subtract(left), BigDecimal.ZERO)));
    }

    private static ScreeningRequest withItems(ScreeningRequest r, List<ScreeningRequest.Item> items) {
        return new ScreeningRequest(r.destinationCountry(), r.consignee(), r.endUser(), r.ultimateEndUser(), items,
                r.veu(), r.attestations(), r.consigneeLppUsedTpp(), r.allocation());
    }
}
