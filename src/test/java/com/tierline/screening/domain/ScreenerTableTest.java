package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.screening.service.ShippedRuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md as a table, against the shipped rule set 2025-01-15 and demo restricted-party list.
 * Columns: destination | items | consignee (name/HQ) | LPP used | allocation remaining | VEU | attestations |
 * expected outcome | finding that must be present | finding that must be absent.
 * Items: {@code MODEL*qty} or {@code tpp/density*qty} (density {@code -} = unknown), separated by {@code ;}.
 * VEU: {@code U:hq:total:tier1:us:inDestination} or {@code N:hq:remaining}. H100 = 15,832 TPP; LPP limit 26,900,000.
 */
class ScreenerTableTest {

    static final String H100 = "H100-SXM5-80GB";

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # classification: 3A090.a / .b / not controlled, at and around every threshold
        H100 to Germany                    | DE | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        TPP at 4800, density unknown       | DE | 4800/-*1          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | NOT_CONTROLLED
        TPP just below 4800                | DE | 4799.99/-*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | NOT_CONTROLLED         | TIER1_AIA
        TPP 1600 with density 5.92         | DE | 1600/5.92*1       | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        TPP 1600 with density 5.91         | DE | 1600/5.91*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | NOT_CONTROLLED         | -
        TPP 1599.99 with density 20        | DE | 1599.99/20*1      | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | NOT_CONTROLLED         | -
        3A090.b at 2400 and 1.6            | DE | 2400/1.6*1        | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_3A090_B           | TIER1_AIA
        just below 3A090.b                 | DE | 2399/1.6*1        | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | NOT_CONTROLLED         | ITEM_3A090_B
        MI250X by TPP alone                | DE | MI250X*8          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        declared TPP beats the catalogue   | DE | H100-SXM5-80GB:4000/2*1 | -             | 0        | -         | -  | -   | NOT_CONTROLLED        | DECLARED_FIGURES_USED  | TIER1_AIA
        # tiers
        US itself is Tier 1                | US | A100-SXM4-80GB*10 | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        Japan                              | JP | H100-SXM5-80GB*5000 | -                 | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        Taiwan                             | TW | B200*100          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        China                              | CN | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | -
        Macau                              | MO | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | -
        Russia                             | RU | Gaudi3*1          | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | -
        uncontrolled H20 to China reviewed | CN | H20*1000          | -                   | 0        | -         | -  | -   | LICENCE_REQUIRED      | TIER3_UNCONTROLLED_REVIEW | -
        # Tier 2: low-volume exception (26,900,000 TPP per consignee and calendar year)
        exactly at the LPP limit           | AE | 1000000/20*26     | -                   | 900000   | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | TIER2_LICENCE_REQUIRED
        one TPP over the LPP limit         | AE | 1000000/20*26     | -                   | 900001   | -         | -  | -   | LICENCE_REQUIRED      | LPP_LIMIT_EXCEEDED     | LPP_AUTHORISED
        one TPP under the LPP limit        | AE | 1000000/20*26     | -                   | 899999   | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        1,699 H100s fit LPP                | SG | H100-SXM5-80GB*1699 | -                 | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        1,700 H100s do not                 | SG | H100-SXM5-80GB*1700 | -                 | 0        | -         | -  | -   | LICENCE_REQUIRED      | LPP_LIMIT_EXCEEDED     | -
        consignee already at its limit     | IN | H100-SXM5-80GB*1  | -                   | 26900000 | -         | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | LPP_AUTHORISED
        mixed shipment under LPP           | AE | H100-SXM5-80GB*10;H20*100 | -           | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        # Tier 2: country allocation (2,000 H100s = 31,664,000 TPP)
        allocation exactly enough          | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | ALLOCATION_EXCEEDED
        allocation one TPP short           | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31663999  | -  | -   | LICENCE_REQUIRED      | ALLOCATION_EXCEEDED    | -
        allocation one TPP to spare        | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664001  | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | ALLOCATION_EXCEEDED
        allocation exhausted               | PL | H100-SXM5-80GB*2000 | -                 | 0        | 0         | -  | -   | LICENCE_REQUIRED      | ALLOCATION_EXCEEDED    | -
        allocation not tracked             | IL | H100-SXM5-80GB*2000 | -                 | 0        | -         | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | ALLOCATION_EXCEEDED
        # Tier 2: universal VEU (fleet after export 1,031,664,000 TPP)
        UVEU meets every condition         | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:600000000:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | TIER2_LICENCE_REQUIRED
        UVEU lacks a cybersecurity attestation | AE | H100-SXM5-80GB*2000 | -             | 0        | 31664000  | U:US:1000000000:800000000:600000000:30000000 | all-CYBERSECURITY | LICENCE_REQUIRED | VEU_ATTESTATION_MISSING | UVEU_AUTHORISED
        UVEU Tier 1 share below 75%        | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:770000000:600000000:30000000 | all | LICENCE_REQUIRED | UVEU_TIER1_SHARE | UVEU_AUTHORISED
        UVEU Tier 1 share exactly 75%      | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:773748000:600000000:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | UVEU_TIER1_SHARE
        UVEU over 7% in one Tier 2 country | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:600000000:45000000 | all | LICENCE_REQUIRED | UVEU_COUNTRY_SHARE | UVEU_AUTHORISED
        US-based UVEU under 50% in the US  | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:500000000:30000000 | all | LICENCE_REQUIRED | UVEU_US_SHARE | UVEU_AUTHORISED
        UVEU headquartered in Tier 2       | SA | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:AE:1000000000:800000000:600000000:30000000 | all | LICENCE_REQUIRED | UVEU_HEADQUARTERS | UVEU_AUTHORISED
        UK-based UVEU needs no US share    | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:GB:1000000000:800000000:0:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | UVEU_US_SHARE
        # Tier 2: national VEU
        NVEU within its allocation         | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:AE:40000000 | all | AUTHORISED_VEU | NVEU_AUTHORISED | -
        NVEU allocation exactly enough     | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:AE:31664000 | all | AUTHORISED_VEU | NVEU_AUTHORISED | NVEU_ALLOCATION_EXCEEDED
        NVEU allocation one TPP short      | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:AE:31663999 | all | LICENCE_REQUIRED | NVEU_ALLOCATION_EXCEEDED | NVEU_AUTHORISED
        NVEU outside its own country       | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:SA:40000000 | all | LICENCE_REQUIRED | NVEU_DESTINATION | NVEU_AUTHORISED
        # restricted parties force review
        Entity List consignee to Tier 1    | DE | H100-SXM5-80GB*1  | Huawei Technologies | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        punctuation and suffixes ignored   | AE | H100-SXM5-80GB*1  | HUAWEI TECHNOLOGIES CO., LTD | 0 | -       | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        missing company form still matches | AE | H100-SXM5-80GB*1  | Nexus Compute Brokers | 0      | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        Cyrillic entry, Latin spelling     | AE | H100-SXM5-80GB*1  | T-Platformy         | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        a clean name is not a hit          | DE | H100-SXM5-80GB*1  | Northwind Compute   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | RESTRICTED_PARTY_MATCH
        hit on uncontrolled items          | DE | H20*10            | Inspur Group        | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        # headquarters rule
        Tier 3 parent, Tier 2 destination  | AE | H100-SXM5-80GB*1  | Gulf Compute/CN     | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        Tier 3 parent, Tier 1 destination  | DE | H100-SXM5-80GB*1  | Rhein Compute/CN    | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | TIER1_AIA
        US parent, Tier 1 destination      | DE | H100-SXM5-80GB*1  | Rhein Compute/US    | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | HEADQUARTERS_TIER3
        """)
    void screensAsRulesMdSays(String name, String destination, String items, String consignee, BigDecimal lppUsed,
            BigDecimal allocationRemaining, String veu, String attestations, Outcome expected, String present,
            String absent) {
        ScreeningResult result = Screener.screen(request(destination, items, consignee, lppUsed, allocationRemaining,
                veu, attestations), ShippedRuleSet.ruleSet(), ShippedRuleSet.restrictedParties());

        assertThat(result.outcome()).as(name).isEqualTo(expected);
        assertThat(result.findings()).as(name).extracting(Finding::code).contains(present);
        if (absent != null) {
            assertThat(result.findings()).as(name).extracting(Finding::code).doesNotContain(absent);
        }
        assertThat(result.ruleSetVersion()).isEqualTo("2025-01-15");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.message()).as("plain-language message of " + f.code()).isNotBlank().endsWith(".");
            assertThat(f.citation()).as("citation of " + f.code()).isNotBlank();
        });
    }

    static ScreeningRequest request(String destination, String items, String consignee, BigDecimal lppUsed,
            BigDecimal allocationRemaining, String veu, String attestations) {
        Party consigneeParty = null;
        if (consignee != null) {
            String[] parts = consignee.split("/");
            consigneeParty = new Party(parts[0], destination, parts.length > 1 ? parts[1] : null);
        }
        BigDecimal allocated = new BigDecimal("790000000");
        AllocationPosition allocation = allocationRemaining == null ? null
                : new AllocationPosition(allocated, allocated.subtract(allocationRemaining), BigDecimal.ZERO);
        return new ScreeningRequest(destination, consigneeParty, null, null, items(items), veu(veu),
                attestations(attestations), lppUsed, allocation);
    }

    static List<ScreeningRequest.Item> items(String spec) {
        List<ScreeningRequest.Item> items = new ArrayList<>();
        for (String line : spec.split(";")) {
            String[] what = line.trim().split("\\*");
            int quantity = Integer.parseInt(what[1]);
            String[] modelAndFigures = what[0].split(":");
            String model = null;
            String figures = what[0];
            if (modelAndFigures.length == 2) {
                model = modelAndFigures[0];
                figures = modelAndFigures[1];
            } else if (!what[0].contains("/")) {
                items.add(new ScreeningRequest.Item(what[0], null, null, quantity));
                continue;
            }
            String[] tppAndDensity = figures.split("/");
            items.add(new ScreeningRequest.Item(model, new BigDecimal(tppAndDensity[0]),
                    "-".equals(tppAndDensity[1]) ? null : new BigDecimal(tppAndDensity[1]), quantity));
        }
        return items;
    }

    static ValidatedEndUser veu(String spec) {
        if (spec == null) {
            return null;
        }
        String[] p = spec.split(":");
        return "U".equals(p[0])
                ? ValidatedEndUser.universal(p[1], new BigDecimal(p[2]), new BigDecimal(p[3]), new BigDecimal(p[4]),
                        new BigDecimal(p[5]))
                : ValidatedEndUser.national(p[1], new BigDecimal(p[2]));
    }

    static Set<SecurityAttestation> attestations(String spec) {
        if (spec == null) {
            return Set.of();
        }
        Set<SecurityAttestation> all = EnumSet.allOf(SecurityAttestation.class);
        Arrays.stream(spec.split("-")).skip(1).map(SecurityAttestation::valueOf).forEach(all::remove);
        return all;
    }
}
