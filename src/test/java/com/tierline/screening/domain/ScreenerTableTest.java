package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.screening.service.ShippedRuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RULES.md as a table, against the shipped rule set 2025-01-15r2 and demo restricted-party list; every row names the
 * section of RULES.md it pins.
 * Columns: section | case | destination | items | parties | LPP used | allocation remaining | VEU | attestations |
 * expected outcome | finding that must be present | finding that must be absent.
 * Items: {@code MODEL*qty} or {@code tpp/density*qty} (density {@code -} = unknown), separated by {@code ;}.
 * Parties, separated by {@code ;}: {@code C=name/country/hq/parent} (consignee; country defaults to the destination),
 * {@code E=…} (end user)/ {@code U=…} (ultimate end user)/ {@code P=name/country} (purchaser)/ {@code I=name/country}
 * (an intermediate consignee, repeatable, in shipping order)/ {@code DC=country} (data centre); empty parts are unknown.
 * VEU: {@code U:hq:total:tier1:us:inDestination} ({@code -} = not declared) or {@code N:hq[>authorised]:remaining}.
 * H100 = 15,832 TPP; LPP limit 26,900,000.
 */
class ScreenerTableTest {

    static final String H100 = "H100-SXM5-80GB";

    @ParameterizedTest(name = "{index}: {0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # §1 classification: 3A090.a, both 3A090.b branches and not controlled, at both bounds of every threshold
        §1 .a        | H100 to Germany                          | DE | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | ITEM_3A090_A           | -
        §1 .a        | TPP 4800 (>= inclusive), density unknown | DE | 4800/-*1          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | NOT_CONTROLLED
        §1 .a        | TPP 4800 at a low density                | DE | 4800/1*1          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | ITEM_3A090_A           | -
        §1 .a        | TPP 4799.99 at a low density             | DE | 4799.99/1.5*1     | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | TIER1_AIA
        §1 .a        | TPP 1600 with density 5.92 (inclusive)   | DE | 1600/5.92*1       | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | ITEM_3A090_A           | -
        §1 .a        | TPP 1599.99 with density 20              | DE | 1599.99/20*1      | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | ITEM_3A090_A
        §1 .b first  | TPP 2400 and density 1.6 (both inclusive) | DE | 2400/1.6*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_3A090_B           | TIER1_AIA
        §1 .b first  | TPP 2399.99 and density 1.6              | DE | 2399.99/1.6*1     | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | ITEM_3A090_B
        §1 .b first  | TPP 2400 and density 1.59                | DE | 2400/1.59*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | ITEM_3A090_B
        §1 .b first  | density 5.91 is still .b                 | DE | 3000/5.91*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_3A090_B           | ITEM_3A090_A
        §1 .b first  | density 5.92 is .a (< exclusive)         | DE | 3000/5.92*1       | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | ITEM_3A090_A           | ITEM_3A090_B
        §1 .b second | TPP 1600 and density 3.2 (both inclusive) | DE | 1600/3.2*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_3A090_B           | ITEM_NOT_CONTROLLED
        §1 .b second | TPP 1599.99 and density 3.2              | DE | 1599.99/3.2*1     | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | ITEM_3A090_B
        §1 .b second | TPP 1600 and density 3.19                | DE | 1600/3.19*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | ITEM_3A090_B
        §1 .b second | TPP 1600 and density 5.91                | DE | 1600/5.91*1       | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_3A090_B           | ITEM_3A090_A
        §1 .b second | H20 (2,368 TPP, density 2.91) is below .b | DE | H20*1            | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | ITEM_NOT_CONTROLLED    | ITEM_3A090_B
        §1 .a        | MI250X by TPP alone                      | DE | MI250X*8          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        §6           | declared TPP beats the catalogue         | DE | H100-SXM5-80GB:4000/2*1 | -             | 0        | -         | -  | -   | NOT_CONTROLLED        | DECLARED_FIGURES_USED  | TIER1_AIA
        §6           | model names ignore case, with aliases    | DE | h100 sxm*1        | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | ITEM_3A090_A           | -
        §1 H100-eq   | totals say what they count               | AE | H100-SXM5-80GB*10;H20*10 | -            | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | TOTALS                 | -
        # §2 tiers; the United States includes its territories (15 CFR 772.1)
        §2 Tier 1    | US itself is Tier 1                      | US | A100-SXM4-80GB*10 | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        §2 Tier 1    | Puerto Rico is part of the US            | PR | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | LPP_AUTHORISED
        §2 Tier 1    | Guam is part of the US                   | GU | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | LPP_AUTHORISED
        §2 Tier 1    | US Virgin Islands are part of the US     | VI | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | LPP_AUTHORISED
        §2 Tier 1    | American Samoa is part of the US         | AS | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | LPP_AUTHORISED
        §2 Tier 1    | Northern Mariana Islands are part of the US | MP | H100-SXM5-80GB*1 | -                  | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | LPP_AUTHORISED
        §2 Tier 1    | US Minor Outlying Islands are part of the US | UM | H100-SXM5-80GB*1 | -                 | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | LPP_AUTHORISED
        §2 Tier 1    | Japan                                    | JP | H100-SXM5-80GB*5000 | -                 | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        §2 Tier 1    | Taiwan                                   | TW | B200*100          | -                   | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | -
        §2 Tier 3    | China                                    | CN | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | -
        §2 Tier 3    | Hong Kong is treated as China            | HK | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | -
        §2 Tier 3    | Macau                                    | MO | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | -
        §2 Tier 2    | Kosovo (XK) is Tier 2                    | XK | H100-SXM5-80GB*1  | -                   | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        # §2 AIA's conditions (15 CFR 740.27): a failed one is named, and the request is screened by the tier that broke it
        §2 AIA hq    | India-headquartered consignee in Germany | DE | H100-SXM5-80GB*1  | C=Rhein Compute/DE/IN | 0      | -         | -  | -   | AUTHORISED_LOW_VOLUME | AIA_CONSIGNEE_HEADQUARTERS | TIER1_AIA
        §2 AIA hq    | India-headquartered, over the LPP limit  | DE | H100-SXM5-80GB*2000 | C=Rhein Compute/DE/IN | 0    | -         | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | TIER1_AIA
        §2 AIA hq    | US-headquartered consignee in Germany    | DE | H100-SXM5-80GB*1  | C=Rhein Compute/DE/US | 0      | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | AIA_CONSIGNEE_HEADQUARTERS
        §2 AIA parent | ultimate parent in India                | DE | H100-SXM5-80GB*1  | C=Rhein Compute/DE/DE/IN | 0   | -         | -  | -   | AUTHORISED_LOW_VOLUME | AIA_ULTIMATE_PARENT    | TIER1_AIA
        §2 AIA parent | ultimate parent in Japan                | DE | H100-SXM5-80GB*1  | C=Rhein Compute/DE/DE/JP | 0   | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | AIA_ULTIMATE_PARENT
        §2 AIA stay  | ultimate end user in Russia              | DE | H100-SXM5-80GB*1  | U=Volga Labs/RU     | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | AIA_ITEMS_LEAVE_TIER1  | TIER1_AIA
        §2 AIA stay  | ultimate end user in China               | DE | H100-SXM5-80GB*1  | U=Pearl Labs/CN     | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | TIER3_PRESUMPTION_OF_DENIAL | TIER1_AIA
        §2 AIA stay  | end user in India                        | DE | H100-SXM5-80GB*1  | E=Deccan Labs/IN    | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | AIA_ITEMS_LEAVE_TIER1  | TIER1_AIA
        §2 AIA stay  | data centre in the UAE                   | DE | H100-SXM5-80GB*1  | DC=AE               | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | AIA_ITEMS_LEAVE_TIER1  | TIER1_AIA
        §2 AIA stay  | end user and data centre in Tier 1       | DE | H100-SXM5-80GB*1  | E=Paris Labs/FR;U=Oslo Labs/NO;DC=FR | 0 | - | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | AIA_ITEMS_LEAVE_TIER1
        §2 Tier 3    | Tier 2 destination, data centre in China | AE | H100-SXM5-80GB*1  | DC=CN               | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | PLACE_IN_TIER3         | LPP_AUTHORISED
        # §2a other EAR controls: part 746 embargoes, .b to Tier 3, below .b to the rest of Tier 3
        §2a 746      | North Korea, an uncontrolled chip        | KP | 100/0.5*1         | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | NOT_CONTROLLED
        §2a 746      | Cuba, H20                                | CU | H20*1             | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | -
        §2a 746      | Iran, H20                                | IR | H20*1             | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | -
        §2a 746      | Syria, H20                               | SY | H20*1             | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | -
        §2a 746.8    | Russia, H20                              | RU | H20*1             | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | TIER3_END_USE_CONTROLS
        §2a 746.8    | Belarus, H20                             | BY | H20*1             | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | -
        §2a 746.8    | Russia, Gaudi3                           | RU | Gaudi3*1          | -                   | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | -
        §2a 746      | Germany, ultimate end user in Iran       | DE | H20*1             | U=Persia Labs/IR    | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | EMBARGO_PART_746       | NOT_CONTROLLED
        §2a .b       | 3A090.b to China needs a licence         | CN | 2400/1.6*1        | -                   | 0        | -         | -  | -   | LICENCE_REQUIRED      | TIER3_3A090B_LICENCE   | TIER3_END_USE_CONTROLS
        §2a .b       | 3A090.b (second branch) to Macau         | MO | 1600/3.2*10       | -                   | 0        | -         | -  | -   | LICENCE_REQUIRED      | TIER3_3A090B_LICENCE   | -
        §2a .b       | 3A090.b to a Tier 3-headquartered party  | AE | 2400/1.6*1        | C=Gulf Compute/AE/CN | 0       | -         | -  | -   | LICENCE_REQUIRED      | TIER3_3A090B_LICENCE   | -
        §2a below .b | H20 to China                             | CN | H20*1000          | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | TIER3_END_USE_CONTROLS | TIER3_UNCONTROLLED_REVIEW
        §2a below .b | H20 to Hong Kong                         | HK | H20*10            | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | TIER3_END_USE_CONTROLS | -
        §2a below .b | H20 to Macau                             | MO | H20*10            | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | TIER3_END_USE_CONTROLS | -
        §2a below .b | H20 to Venezuela                         | VE | H20*10            | -                   | 0        | -         | -  | -   | NOT_CONTROLLED        | TIER3_END_USE_CONTROLS | EMBARGO_PART_746
        §2a below .b | a listed party still forces review       | CN | H20*10            | C=Huawei Technologies | 0      | -         | -  | -   | LICENCE_REQUIRED      | TIER3_END_USE_CONTROLS | -
        # §3.1 Tier 2: low-volume exception (26,900,000 TPP per consignee and calendar year)
        §3.1 LPP     | exactly at the LPP limit                 | AE | 1000000/20*26     | -                   | 900000   | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | TIER2_LICENCE_REQUIRED
        §3.1 LPP     | one TPP over the LPP limit               | AE | 1000000/20*26     | -                   | 900001   | -         | -  | -   | LICENCE_REQUIRED      | LPP_LIMIT_EXCEEDED     | LPP_AUTHORISED
        §3.1 LPP     | one TPP under the LPP limit              | AE | 1000000/20*26     | -                   | 899999   | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        §3.1 LPP     | 1,699 H100s fit LPP                      | SG | H100-SXM5-80GB*1699 | -                 | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        §3.1 LPP     | 1,700 H100s do not                       | SG | H100-SXM5-80GB*1700 | -                 | 0        | -         | -  | -   | LICENCE_REQUIRED      | LPP_LIMIT_EXCEEDED     | -
        §3.1 LPP     | consignee already at its limit           | IN | H100-SXM5-80GB*1  | -                   | 26900000 | -         | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | LPP_AUTHORISED
        §3.1 LPP     | mixed shipment under LPP                 | AE | H100-SXM5-80GB*10;H20*100 | -           | 0        | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | -
        # §3.3 Tier 2: country allocation (2,000 H100s = 31,664,000 TPP)
        §3.3 allocation | allocation exactly enough             | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | ALLOCATION_EXCEEDED
        §3.3 allocation | allocation one TPP short              | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31663999  | -  | -   | LICENCE_REQUIRED      | ALLOCATION_EXCEEDED    | -
        §3.3 allocation | allocation one TPP to spare           | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664001  | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | ALLOCATION_EXCEEDED
        §3.3 allocation | allocation exhausted                  | PL | H100-SXM5-80GB*2000 | -                 | 0        | 0         | -  | -   | LICENCE_REQUIRED      | ALLOCATION_EXCEEDED    | -
        §3.3 allocation | allocation not tracked                | IL | H100-SXM5-80GB*2000 | -                 | 0        | -         | -  | -   | LICENCE_REQUIRED      | TIER2_LICENCE_REQUIRED | ALLOCATION_EXCEEDED
        # §3.2 Tier 2: universal VEU (fleet after export 1,031,664,000 TPP)
        §3.2 UVEU    | UVEU meets every condition               | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:600000000:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | TIER2_LICENCE_REQUIRED
        §3.2 security | UVEU lacks a cybersecurity attestation  | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:600000000:30000000 | all-CYBERSECURITY | LICENCE_REQUIRED | VEU_ATTESTATION_MISSING | UVEU_AUTHORISED
        §3.2 UVEU    | UVEU Tier 1 share below 75%              | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:770000000:600000000:30000000 | all | LICENCE_REQUIRED | UVEU_TIER1_SHARE | UVEU_AUTHORISED
        §3.2 UVEU    | UVEU Tier 1 share exactly 75%            | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:773748000:600000000:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | UVEU_TIER1_SHARE
        §3.2 UVEU    | UVEU over 7% in one Tier 2 country       | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:600000000:45000000 | all | LICENCE_REQUIRED | UVEU_COUNTRY_SHARE | UVEU_AUTHORISED
        §3.2 UVEU    | UVEU at exactly 7% in one country        | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:600000000:40552480 | all | AUTHORISED_VEU | UVEU_AUTHORISED | UVEU_COUNTRY_SHARE
        §3.2 UVEU    | US-based UVEU under 50% in the US        | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:500000000:30000000 | all | LICENCE_REQUIRED | UVEU_US_SHARE | UVEU_AUTHORISED
        §3.2 UVEU    | US-based UVEU at exactly 50% in the US   | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:1000000000:800000000:515832000:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | UVEU_US_SHARE
        §3.2 UVEU    | UVEU headquartered in Tier 2             | SA | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:AE:1000000000:800000000:600000000:30000000 | all | LICENCE_REQUIRED | UVEU_HEADQUARTERS | UVEU_AUTHORISED
        §3.2 UVEU    | UK-based UVEU needs no US share          | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:GB:1000000000:800000000:0:30000000 | all | AUTHORISED_VEU | UVEU_AUTHORISED | UVEU_US_SHARE
        §3.2 UVEU    | UVEU without fleet figures, over LPP     | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | U:US:-:-:-:- | all | LICENCE_REQUIRED | UVEU_FLEET_MISSING | UVEU_AUTHORISED
        §3.2 UVEU    | UVEU without fleet figures, within LPP   | AE | H100-SXM5-80GB*10 | -                   | 0        | 31664000  | U:US:-:-:-:- | all | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED | UVEU_FLEET_MISSING
        §3.2 UVEU    | UVEU without fleet figures, Tier 1       | DE | H100-SXM5-80GB*2000 | -                 | 0        | -         | U:US:-:-:-:- | all | AUTHORISED_TIER1 | TIER1_AIA      | UVEU_FLEET_MISSING
        # §3.2 Tier 2: national VEU (a cumulative cap; headquartered outside Tier 3; one authorised destination)
        §3.2 NVEU    | NVEU within its cap                      | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:AE:40000000 | all | AUTHORISED_VEU | NVEU_AUTHORISED | -
        §3.2 NVEU    | NVEU cap exactly enough                  | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:AE:31664000 | all | AUTHORISED_VEU | NVEU_AUTHORISED | NVEU_ALLOCATION_EXCEEDED
        §3.2 NVEU    | NVEU cap one TPP short                   | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:AE:31663999 | all | LICENCE_REQUIRED | NVEU_ALLOCATION_EXCEEDED | NVEU_AUTHORISED
        §3.2 NVEU    | NVEU outside its authorised destination  | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:SA:40000000 | all | LICENCE_REQUIRED | NVEU_DESTINATION | NVEU_AUTHORISED
        §3.2 NVEU    | NVEU authorised away from its headquarters | AE | H100-SXM5-80GB*2000 | -               | 0        | 31664000  | N:IN>AE:40000000 | all | AUTHORISED_VEU | NVEU_AUTHORISED | NVEU_DESTINATION
        §3.2 NVEU    | NVEU headquartered in Tier 3             | AE | H100-SXM5-80GB*2000 | -                 | 0        | 31664000  | N:CN>AE:40000000 | all | LICENCE_REQUIRED | NVEU_HEADQUARTERS | NVEU_AUTHORISED
        # §4 restricted parties force review, and nothing beside a hit says "authorised"
        §4 list      | Entity List consignee to Tier 1          | DE | H100-SXM5-80GB*1  | C=Huawei Technologies | 0      | -         | -  | -   | LICENCE_REQUIRED      | AIA_WITHHELD           | TIER1_AIA
        §4 list      | Entity List consignee within LPP         | AE | H100-SXM5-80GB*1  | C=HUAWEI TECHNOLOGIES CO., LTD | 0 | 31664000 | - | - | LICENCE_REQUIRED     | EXCEPTIONS_WITHHELD    | LPP_AUTHORISED
        §4 list      | Entity List consignee with a valid UVEU  | AE | H100-SXM5-80GB*2000 | C=Huawei Technologies | 0    | 31664000  | U:US:1000000000:800000000:600000000:30000000 | all | LICENCE_REQUIRED | TIER2_LICENCE_REQUIRED | UVEU_AUTHORISED
        §4 list      | listed end user                          | AE | H100-SXM5-80GB*1  | E=Huawei Technologies/AE | 0   | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | LPP_AUTHORISED
        §4 list      | listed ultimate end user                 | DE | H100-SXM5-80GB*1  | U=Inspur Group/DE   | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | TIER1_AIA
        §4 list      | missing company form still matches       | AE | H100-SXM5-80GB*1  | C=Nexus Compute Brokers | 0    | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        §4 list      | Cyrillic entry, Latin spelling           | AE | H100-SXM5-80GB*1  | C=T-Platformy       | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        §4 list      | a clean name is not a hit                | DE | H100-SXM5-80GB*1  | C=Northwind Compute | 0        | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | RESTRICTED_PARTY_MATCH
        §4 list      | hit on uncontrolled items                | DE | H20*10            | C=Inspur Group      | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | -
        # §4 headquarters rule: the headquarters and ultimate parent of every party are read
        §4 hq        | consignee HQ Tier 3, Tier 2 destination  | AE | H100-SXM5-80GB*1  | C=Gulf Compute/AE/CN | 0       | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        §4 hq        | consignee HQ Tier 3, Tier 1 destination  | DE | H100-SXM5-80GB*1  | C=Rhein Compute/DE/CN | 0      | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | TIER1_AIA
        §4 hq        | consignee's ultimate parent in Tier 3    | AE | H100-SXM5-80GB*1  | C=Gulf Compute/AE/AE/CN | 0    | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        §4 hq        | end user headquartered in Tier 3         | AE | H100-SXM5-80GB*1  | E=Desert Labs/AE/CN | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        §4 hq        | end user's ultimate parent in Tier 3     | DE | H100-SXM5-80GB*1  | E=Rhein Labs/DE/DE/MO | 0      | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | TIER1_AIA
        §4 hq        | ultimate end user headquartered in Tier 3 | AE | H100-SXM5-80GB*1 | U=Oasis Labs/AE/HK  | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        §4 hq        | ultimate end user's parent in Tier 3     | AE | H100-SXM5-80GB*1  | U=Oasis Labs/AE/AE/CN | 0      | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        §4 hq        | US parent, Tier 1 destination            | DE | H100-SXM5-80GB*1  | C=Rhein Compute/DE/US/US | 0   | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | HEADQUARTERS_TIER3
        # §4 the other parties of form 748P: the purchaser (list, headquarters rule) and intermediate consignees (list, Tier 3 transit)
        §4 purchaser | listed purchaser                         | DE | H100-SXM5-80GB*1  | P=Inspur Group/DE   | 0        | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | TIER1_AIA
        §4 purchaser | purchaser in Tier 3 (headquarters rule)  | AE | H100-SXM5-80GB*1  | P=Pearl Trading/CN  | 0        | -         | -  | -   | PRESUMPTION_OF_DENIAL | HEADQUARTERS_TIER3     | LPP_AUTHORISED
        §4 purchaser | US purchaser, Tier 1 destination         | DE | H100-SXM5-80GB*1  | P=Northwind Compute/US | 0     | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | HEADQUARTERS_TIER3
        §4 transit   | intermediate consignee in Hong Kong      | DE | H100-SXM5-80GB*1  | I=Kowloon Freight/HK | 0       | -         | -  | -   | LICENCE_REQUIRED      | TRANSSHIPMENT_TIER3    | TIER1_AIA
        §4 transit   | Tier 3 transit withholds AIA             | DE | H100-SXM5-80GB*1  | I=Kowloon Freight/HK | 0       | -         | -  | -   | LICENCE_REQUIRED      | AIA_WITHHELD           | TIER1_AIA
        §4 transit   | second of two intermediates in China     | DE | H100-SXM5-80GB*1  | I=Rotterdam Forwarding/NL;I=Shenzhen Logistics/CN | 0 | - | - | - | LICENCE_REQUIRED | TRANSSHIPMENT_TIER3 | TIER1_AIA
        §4 transit   | Tier 3 transit withholds LPP             | AE | H100-SXM5-80GB*1  | I=Shenzhen Logistics/CN | 0    | 31664000  | -  | -   | LICENCE_REQUIRED      | EXCEPTIONS_WITHHELD    | LPP_AUTHORISED
        §4 transit   | Tier 3 transit withholds a valid UVEU    | AE | H100-SXM5-80GB*2000 | I=Kowloon Freight/HK | 0     | 31664000  | U:US:1000000000:800000000:600000000:30000000 | all | LICENCE_REQUIRED | EXCEPTIONS_WITHHELD | UVEU_AUTHORISED
        §4 transit   | uncontrolled items still go to review    | DE | H20*10            | I=Kowloon Freight/HK | 0       | -         | -  | -   | LICENCE_REQUIRED      | TRANSSHIPMENT_TIER3    | TIER1_AIA
        §4 transit   | intermediate consignee in Tier 1         | DE | H100-SXM5-80GB*1  | I=Rotterdam Forwarding/NL | 0  | -         | -  | -   | AUTHORISED_TIER1      | TIER1_AIA              | TRANSSHIPMENT_TIER3
        §4 transit   | intermediate in Tier 2, Tier 2 destination | AE | H100-SXM5-80GB*1 | I=Lion City Forwarders/SG | 0 | -         | -  | -   | AUTHORISED_LOW_VOLUME | LPP_AUTHORISED         | TRANSSHIPMENT_TIER3
        §4 transit   | listed intermediate consignee            | AE | H100-SXM5-80GB*1  | I=Huawei Technologies/AE | 0   | -         | -  | -   | LICENCE_REQUIRED      | RESTRICTED_PARTY_MATCH | LPP_AUTHORISED
        """)
    void screensAsRulesMdSays(String section, String name, String destination, String items, String parties,
            BigDecimal lppUsed, BigDecimal allocationRemaining, String veu, String attestations, Outcome expected,
            String present, String absent) {
        ScreeningResult result = Screener.screen(request(destination, items, parties, lppUsed, allocationRemaining,
                veu, attestations), ShippedRuleSet.ruleSet(), ShippedRuleSet.restrictedParties());
        String as = section + ": " + name;

        assertThat(result.outcome()).as(as).isEqualTo(expected);
        assertThat(result.findings()).as(as).extracting(Finding::code).contains(present);
        if (absent != null) {
            assertThat(result.findings()).as(as).extracting(Finding::code).doesNotContain(absent);
        }
        assertThat(result.ruleSetVersion()).isEqualTo("2025-01-15r2");
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.message()).as("plain-language message of " + f.code()).isNotBlank().endsWith(".");
            assertThat(f.citation()).as("citation of " + f.code()).isNotBlank();
            if (f.code().startsWith("ITEM_") || f.code().equals("DECLARED_FIGURES_USED")) {
                assertThat(f.itemIndex()).as("item finding " + f.code() + " names its item").isNotNull();
            }
        });
        if (result.hasFinding("RESTRICTED_PARTY_MATCH") || result.hasFinding("TRANSSHIPMENT_TIER3")) {
            assertThat(result.outcome().authorised()).as(as).isFalse();
            assertThat(result.findings()).as("%s: nothing beside a hit says authorised", as)
                    .noneSatisfy(f -> assertThat(f.message().toLowerCase(Locale.ROOT)).contains("authorised"));
        }
    }

    static ScreeningRequest request(String destination, String items, String parties, BigDecimal lppUsed,
            BigDecimal allocationRemaining, String veu, String attestations) {
        Map<String, String[]> byRole = new HashMap<>();
        List<Party> intermediates = new ArrayList<>();
        if (parties != null) {
            for (String p : parties.split(";")) {
                String[] roleAndSpec = p.trim().split("=", 2);
                String[] spec = roleAndSpec[1].split("/", -1);
                if ("I".equals(roleAndSpec[0])) {
                    intermediates.add(party(spec, null));
                } else {
                    byRole.put(roleAndSpec[0], spec);
                }
            }
        }
        BigDecimal allocated = new BigDecimal("790000000");
        AllocationPosition allocation = allocationRemaining == null ? null
                : new AllocationPosition(allocated, allocated.subtract(allocationRemaining), BigDecimal.ZERO);
        String dataCentre = byRole.containsKey("DC") ? byRole.get("DC")[0] : null;
        return new ScreeningRequest(destination, party(byRole.get("C"), destination), party(byRole.get("E"), null),
                party(byRole.get("U"), null), items(items), veu(veu), attestations(attestations), lppUsed, allocation,
                dataCentre, null, party(byRole.get("P"), null), intermediates);
    }

    private static Party party(String[] spec, String defaultCountry) {
        if (spec == null) {
            return null;
        }
        String country = part(spec, 1) != null ? part(spec, 1) : defaultCountry;
        return new Party(spec[0], country, part(spec, 2), part(spec, 3));
    }

    private static String part(String[] spec, int i) {
        return spec.length > i && !spec[i].isBlank() ? spec[i].trim() : null;
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
        if ("U".equals(p[0])) {
            return ValidatedEndUser.universal(p[1], figure(p[2]), figure(p[3]), figure(p[4]), figure(p[5]));
        }
        String[] hqAndDestination = p[1].split(">");
        return ValidatedEndUser.national(hqAndDestination[0],
                hqAndDestination.length > 1 ? hqAndDestination[1] : hqAndDestination[0], new BigDecimal(p[2]));
    }

    private static BigDecimal figure(String s) {
        return "-".equals(s) ? null : new BigDecimal(s);
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
