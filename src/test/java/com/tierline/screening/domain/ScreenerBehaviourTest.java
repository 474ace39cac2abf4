package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.screening.service.ShippedRuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreenerBehaviourTest {

    final RuleSet rules = ShippedRuleSet.ruleSet();

    @Test
    void totalsTppAndH100EquivalentsOverControlledItems() {
        ScreeningResult result = Screener.screen(new ScreeningRequest("AE", List.of(
                new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 100),
                new ScreeningRequest.Item("H20", null, null, 10))), rules, RestrictedPartyList.empty());
        assertThat(result.totalTpp()).isEqualByComparingTo("1606880");
        assertThat(result.controlledTpp()).isEqualByComparingTo("1583200");
        assertThat(result.h100Equivalents()).isEqualByComparingTo("100");
        assertThat(result.items()).extracting(ItemResult::itemClass)
                .containsExactly(ItemClass.ECCN_3A090_A, ItemClass.NOT_CONTROLLED);
        assertThat(result.items().get(0).declared()).isFalse();
    }

    @Test
    void impossibleInputIsRejectedFieldByField() {
        ScreeningRequest bad = new ScreeningRequest("XX", new Party("Acme", "ZZ", "QQ"), null, null, List.of(
                new ScreeningRequest.Item(null, new BigDecimal("-1"), null, 0),
                new ScreeningRequest.Item("H999", null, null, 1),
                new ScreeningRequest.Item(null, new BigDecimal("2000000"), new BigDecimal("-3"), 20_000_000),
                new ScreeningRequest.Item(null, null, null, 1)), null, null, null, null);
        assertThatThrownBy(() -> Screener.screen(bad, rules, RestrictedPartyList.empty()))
                .isInstanceOfSatisfying(InvalidScreeningRequestException.class, e -> assertThat(e.errors())
                        .containsExactlyInAnyOrder(
                                FieldError.unknown("destinationCountry", "Unknown country code XX"),
                                FieldError.unknown("consignee.country", "Unknown country code ZZ"),
                                FieldError.unknown("consignee.headquartersCountry", "Unknown country code QQ"),
                                FieldError.invalid("items[0].quantity", "Quantity must be at least 1"),
                                FieldError.invalid("items[0].tpp", "TPP must be greater than zero"),
                                FieldError.unknown("items[1].model", "Unknown chip model \"H999\": pick one from the "
                                        + "catalogue, or declare its TPP and performance density"),
                                FieldError.invalid("items[2].quantity",
                                        "Quantity above 10,000,000 is not plausible: check the figure"),
                                FieldError.invalid("items[2].tpp",
                                        "TPP above 1,000,000 per unit is not a real chip: check the figure"),
                                FieldError.invalid("items[2].performanceDensity",
                                        "Performance density must be between 0 and 1,000"),
                                FieldError.missing("items[3].tpp",
                                        "Enter the TPP per unit, or pick a chip from the catalogue")));
        assertThat(Screener.validate(new ScreeningRequest("AE", List.of()), rules))
                .containsExactly(FieldError.missing("items", "Add at least one item"));
    }

    @Test
    void oneRequestUnderTwoVersionsGivesBothResultsEachWithItsVersion() {
        ScreeningRequest request = new ScreeningRequest("AE",
                List.of(new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 2000)));
        RuleSet moved = rules.withTiers("2026-06-01-ae-tier1", LocalDate.of(2026, 6, 1), Map.of("AE", 1));

        ScreeningResult before = Screener.screen(request, rules, RestrictedPartyList.empty());
        ScreeningResult after = Screener.screen(request, moved, RestrictedPartyList.empty());

        assertThat(before.outcome()).isEqualTo(Outcome.LICENCE_REQUIRED);
        assertThat(before.tier()).isEqualTo(2);
        assertThat(before.ruleSetVersion()).isEqualTo("2025-01-15r2");
        assertThat(after.outcome()).isEqualTo(Outcome.AUTHORISED_TIER1);
        assertThat(after.tier()).isEqualTo(1);
        assertThat(after.ruleSetVersion()).isEqualTo("2026-06-01-ae-tier1");
        assertThat(rules.country("AE").orElseThrow().tier()).as("the original is untouched").isEqualTo(2);
    }

    @Test
    void normalisationIgnoresCasePunctuationSuffixesAndDiacritics() {
        assertThat(PartyNames.normalise("  HUAWEI Technologies Co., Ltd. ")).isEqualTo("huawei technologies");
        assertThat(PartyNames.normalise("Société Générale S.A.")).isEqualTo("societe generale");
        assertThat(PartyNames.normalise("Т-Платформы")).isEqualTo("t platformy");
        RestrictedPartyList list = ShippedRuleSet.restrictedParties();
        assertThat(list.bestMatch("Technologies Huawei")).get().extracting(RestrictedPartyList.Match::score)
                .isEqualTo(1.0);
        assertThat(list.bestMatch("Huawey Technologies")).isPresent();
        assertThat(list.bestMatch("Gulf Data Centres LLC")).isEmpty();
        assertThat(list.bestMatch("")).isEmpty();
    }
}
