package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.screening.service.ShippedRuleSet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corrections of RULES.md (2026-12-01) as shipped in revision 2025-01-15r2, beside the first revision, which stays
 * exactly as it was published; and the screener's answers that the corrections changed.
 */
class RuleSetRevisionTest {

    final RuleSet r2 = ShippedRuleSet.ruleSet();
    final RuleSet r1 = ShippedRuleSet.firstRevision();

    @Test
    void theNewRevisionHasTheSameEffectiveDateAndTheFirstIsUnchanged() {
        assertThat(r2.version()).isEqualTo("2025-01-15r2");
        assertThat(r2.effectiveFrom()).isEqualTo(r1.effectiveFrom());
        assertThat(r1.country("PR").orElseThrow().tier()).as("as published").isEqualTo(2);
        assertThat(r1.chip("L40S").orElseThrow().tpp()).isEqualByComparingTo("5793");
        assertThat(r1.thresholds().tppB2()).isNull();
    }

    @Test
    void catalogueTppOfL40sAndH100PcieAreCorrected() {
        assertThat(r2.chip("L40S").orElseThrow().tpp()).isEqualByComparingTo("5864");
        assertThat(r2.chip("H100-PCIe-80GB").orElseThrow().tpp()).isEqualByComparingTo("12104");
    }

    @Test
    void usTerritoriesArePartOfTheUnitedStates() {
        for (String territory : List.of("PR", "GU", "VI", "AS", "MP", "UM")) {
            CountryTier c = r2.country(territory).orElseThrow();
            assertThat(c.tier()).as(territory).isEqualTo(1);
            assertThat(c.basis()).as(territory).contains("part of the United States");
        }
    }

    @Test
    void countryGroupsAndEmbargoesAreDataPerCountry() {
        assertThat(r2.country("CN").orElseThrow().groups()).contains("D:1", "D:4", "D:5");
        assertThat(r2.country("IR").orElseThrow().groups()).contains("E:1", "D:5");
        assertThat(r2.country("CU").orElseThrow().groups()).contains("E:2");
        assertThat(r2.country("DE").orElseThrow().groups()).contains("A:5");
        assertThat(r2.country("SG").orElseThrow().groups()).contains("A:6");
        assertThat(r2.countries().values().stream().filter(c -> c.embargo() != null).map(CountryTier::iso2))
                .containsExactlyInAnyOrder("CU", "IR", "KP", "SY", "RU", "BY");
        assertThat(r2.country("RU").orElseThrow().embargo()).contains("746.8");
        assertThat(r2.countries().values().stream().filter(c -> c.tier() == 3).map(CountryTier::iso2))
                .as("Tier 3 is D:5 and Macau").containsExactlyInAnyOrderElementsOf(r2.countries().values().stream()
                        .filter(c -> c.inGroup("D:5") || c.iso2().equals("MO")).map(CountryTier::iso2).toList());
    }

    @Test
    void alpha3CodesAndModelAliasesAreRecognised() {
        assertThat(r2.country("DEU")).map(CountryTier::iso2).hasValue("DE");
        assertThat(r2.country("are")).map(CountryTier::iso2).hasValue("AE");
        assertThat(r2.country("XKX")).map(CountryTier::iso2).hasValue("XK");
        assertThat(r2.chip("h100")).map(ChipSpec::model).hasValue("H100-SXM5-80GB");
        assertThat(r2.chip("H100 SXM")).map(ChipSpec::model).hasValue("H100-SXM5-80GB");
        assertThat(r2.chip("h100-pcie")).map(ChipSpec::model).hasValue("H100-PCIe-80GB");
        assertThat(r2.chip("gaudi 3")).map(ChipSpec::model).hasValue("Gaudi3");
        assertThat(r2.chip("H1000")).isEmpty();
    }

    @Test
    void aDeclaredTppBetween1600And4800WithoutADensityIsRefusedNotPassed() {
        for (String tpp : List.of("1600", "2400", "4799.99")) {
            ScreeningRequest request = new ScreeningRequest("AE", List.of(
                    new ScreeningRequest.Item(null, new BigDecimal(tpp), null, 1)));
            assertThatThrownBy(() -> Screener.screen(request, r2, RestrictedPartyList.empty())).as(tpp)
                    .isInstanceOfSatisfying(InvalidScreeningRequestException.class, e -> assertThat(e.errors())
                            .singleElement().satisfies(error -> {
                                assertThat(error.field()).isEqualTo("items[0].performanceDensity");
                                assertThat(error.message()).contains("3A090.a, 3A090.b or neither");
                            }));
        }
        for (String tpp : List.of("1599.99", "4800")) {
            assertThat(Screener.validate(new ScreeningRequest("AE", List.of(
                    new ScreeningRequest.Item(null, new BigDecimal(tpp), null, 1))), r2)).as(tpp).isEmpty();
        }
    }

    @Test
    void everyCountryTheRequestCarriesIsCheckedAndMoreThanTheItemLimitIsRefused() {
        ScreeningRequest request = new ScreeningRequest("DE", new Party("Rhein", "DE", "DE", "QQ"),
                new Party("Labs", "DE", "ZZ", null), new Party("Ult", "DE", null, "YY"),
                java.util.Collections.nCopies(Screener.MAX_ITEMS + 1, new ScreeningRequest.Item("H20", null, null, 1)),
                null, null, null, null, "WW", null);
        assertThat(Screener.validate(request, r2)).extracting(FieldError::field).containsExactlyInAnyOrder(
                "consignee.ultimateParentCountry", "endUser.headquartersCountry",
                "ultimateEndUser.ultimateParentCountry", "dataCentre.country", "items");
    }

    @Test
    void theLowVolumeFindingShowsOnlyTheExportersOwnShipments() {
        ScreeningRequest request = new ScreeningRequest("AE", new Party("Gulf Data Centres", "AE"), null, null,
                List.of(new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 100)), null, null,
                new BigDecimal("20000000"), null, null, new BigDecimal("1234567"));
        ScreeningResult fits = Screener.screen(request, r2, RestrictedPartyList.empty());
        Finding lpp = fits.findings().stream().filter(f -> f.code().equals("LPP_AUTHORISED")).findFirst().orElseThrow();
        assertThat(lpp.message()).contains("1,234,567 TPP").doesNotContain("20,000,000").doesNotContain("21,583,200");

        ScreeningRequest over = new ScreeningRequest("AE", new Party("Gulf Data Centres", "AE"), null, null,
                List.of(new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 500)), null, null,
                new BigDecimal("20000000"), null, null, new BigDecimal("1234567"));
        Finding exceeded = Screener.screen(over, r2, RestrictedPartyList.empty()).findings().stream()
                .filter(f -> f.code().equals("LPP_LIMIT_EXCEEDED")).findFirst().orElseThrow();
        assertThat(exceeded.message()).contains("does not fit").contains("1,234,567 TPP")
                .doesNotContain("20,000,000").doesNotContain("27,916,000");
    }

    @Test
    void h100EquivalentsCountControlledTppOnlyAndItemFindingsNameTheirItem() {
        ScreeningResult result = Screener.screen(new ScreeningRequest("DE", List.of(
                new ScreeningRequest.Item("H20", null, null, 100),
                new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 10))), r2, RestrictedPartyList.empty());
        assertThat(result.h100Equivalents()).isEqualByComparingTo("10");
        assertThat(result.findings()).filteredOn(f -> f.code().equals("ITEM_NOT_CONTROLLED"))
                .singleElement().extracting(Finding::itemIndex).isEqualTo(0);
        assertThat(result.findings()).filteredOn(f -> f.code().equals("ITEM_3A090_A"))
                .singleElement().extracting(Finding::itemIndex).isEqualTo(1);
        assertThat(result.findings()).filteredOn(f -> f.code().equals("TOTALS")).singleElement()
                .extracting(Finding::message).asString()
                .contains("All items together: 395,120 TPP").contains("(3A090.a) only: 158,320 TPP")
                .contains("that is 10 H100-equivalents");
    }
}
