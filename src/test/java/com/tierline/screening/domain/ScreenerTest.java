package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScreenerTest {

    static final Thresholds THRESHOLDS = new Thresholds(new BigDecimal("4800"), new BigDecimal("1600"),
            new BigDecimal("5.92"), new BigDecimal("2400"), new BigDecimal("1.6"), new BigDecimal("15832"));
    static final RuleSet RULES = new RuleSet("test", LocalDate.of(2025, 1, 15), THRESHOLDS, Map.of(
            "DE", new CountryTier("DE", "Germany", 1, "AIA"),
            "AE", new CountryTier("AE", "United Arab Emirates", 2, "neither"),
            "CN", new CountryTier("CN", "China", 3, "D:5")));

    @ParameterizedTest(name = "TPP {0}, density {1} -> {2}")
    @CsvSource({
            "4800, , ECCN_3A090_A",      // at the TPP threshold, density unknown
            "4799.99, , NOT_CONTROLLED", // just below, density unknown
            "1600, 5.92, ECCN_3A090_A",  // lower bound with density at threshold
            "1600, 5.91, NOT_CONTROLLED",
            "1599.99, 20, NOT_CONTROLLED",
            "2400, 1.6, ECCN_3A090_B",
            "2400, 1.59, NOT_CONTROLLED",
            "2368, 2.91, NOT_CONTROLLED", // H20
            "4992, 6.04, ECCN_3A090_A",   // A100
            "15832, 19.45, ECCN_3A090_A"  // H100
    })
    void classifiesByTppAndDensity(BigDecimal tpp, BigDecimal density, ItemClass expected) {
        assertThat(Screener.classify(new ScreeningRequest.Item(tpp, density, 1), THRESHOLDS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"DE, AUTHORISED_TIER1, 1", "AE, LICENCE_REQUIRED, 2", "CN, PRESUMPTION_OF_DENIAL, 3"})
    void decidesByTier(String destination, Outcome outcome, int tier) {
        ScreeningResult result = Screener.screen(h100s(destination, 100), RULES);
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.tier()).isEqualTo(tier);
        assertThat(result.ruleSetVersion()).isEqualTo("test");
        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.citation()).isNotBlank();
        });
    }

    @Test
    void totalsTppAndH100Equivalents() {
        ScreeningResult result = Screener.screen(new ScreeningRequest("AE", List.of(
                new ScreeningRequest.Item(new BigDecimal("15832"), new BigDecimal("19.45"), 100),
                new ScreeningRequest.Item(new BigDecimal("2368"), new BigDecimal("2.91"), 10))), RULES);
        assertThat(result.totalTpp()).isEqualByComparingTo("1606880");
        assertThat(result.controlledTpp()).isEqualByComparingTo("1583200");
        assertThat(result.h100Equivalents()).isEqualByComparingTo("100");
    }

    @Test
    void uncontrolledItemsAreAuthorisedEvenForTier3() {
        ScreeningResult result = Screener.screen(new ScreeningRequest("CN",
                List.of(new ScreeningRequest.Item(new BigDecimal("2368"), new BigDecimal("2.91"), 1000))), RULES);
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_CONTROLLED);
        assertThat(result.findings()).extracting(Finding::code).containsExactly("NOT_CONTROLLED");
    }

    @Test
    void unknownDestinationIsRejected() {
        assertThatThrownBy(() -> Screener.screen(h100s("XX", 1), RULES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
    }

    static ScreeningRequest h100s(String destination, int quantity) {
        return new ScreeningRequest(destination,
                List.of(new ScreeningRequest.Item(new BigDecimal("15832"), new BigDecimal("19.45"), quantity)));
    }
}
