package com.tierline.screening.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.screening.domain.Outcome;
import com.tierline.screening.domain.RestrictedPartyList;
import com.tierline.screening.domain.RuleSet;
import com.tierline.screening.domain.Screener;
import com.tierline.screening.domain.ScreeningRequest;
import com.tierline.screening.domain.Thresholds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "(confirm)" facts stay correctable: a draft may override any threshold, and bad overrides are refused. */
class ThresholdCorrectionTest {

    final RuleSet shipped = ShippedRuleSet.ruleSet();

    @Test
    void aCorrectedLowVolumeLimitChangesTheOutcomeUnderTheNewVersionOnly() {
        Thresholds corrected = RuleSetFiles.override(shipped.thresholds(),
                Map.of("lpp-annual-limit-tpp", "40000000", "uveu-max-country-share", "0.10"));
        RuleSet draft = shipped.withChanges("corrected", LocalDate.of(2026, 1, 1), Map.of(), corrected);
        ScreeningRequest h100s = new ScreeningRequest("AE",
                List.of(new ScreeningRequest.Item("H100-SXM5-80GB", null, null, 2000)));

        assertThat(Screener.screen(h100s, shipped, RestrictedPartyList.empty()).outcome()).isEqualTo(Outcome.LICENCE_REQUIRED);
        assertThat(Screener.screen(h100s, draft, RestrictedPartyList.empty()).outcome()).isEqualTo(Outcome.AUTHORISED_LOW_VOLUME);
        assertThat(corrected.uveuMaxCountryShare()).isEqualByComparingTo("0.10");
        assertThat(corrected.tppA()).isEqualByComparingTo(shipped.thresholds().tppA());
        assertThat(corrected.nveuAllocationH100()).isEqualTo(shipped.thresholds().nveuAllocationH100());
    }

    @Test
    void unknownOrImpossibleCorrectionsAreRefusedWithASentence() {
        assertThatThrownBy(() -> RuleSetFiles.override(shipped.thresholds(), Map.of("lpp-limit", "1")))
                .hasMessageStartingWith("Unknown threshold lpp-limit; use one of tpp-a, ");
        assertThatThrownBy(() -> RuleSetFiles.override(shipped.thresholds(), Map.of("tpp-a", "many")))
                .hasMessage("tpp-a must be a number, not \"many\"");
        assertThatThrownBy(() -> RuleSetFiles.override(shipped.thresholds(), Map.of("tpp-a", "-1")))
                .hasMessage("tpp-a cannot be negative");
    }
}
