package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.screening.service.ShippedRuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * What evaders file instead of a listed name must still hit that entry, and real companies that merely share words
 * with listed ones must not (src/test/resources/screening). The figures are printed for the report.
 */
class PartyMatchingEvasionTest {

    final RestrictedPartyList list = ShippedRuleSet.restrictedParties();

    @Test
    void everyEvasionOfAListedNameHitsThatEntry() {
        List<String> lines = lines("screening/evasion-names.txt");
        List<String> missed = new ArrayList<>();
        for (String line : lines) {
            String expected = line.substring(0, line.indexOf('|')).trim();
            String variant = StringEscapeUtils.unescapeJava(line.substring(line.indexOf('|') + 1).trim());
            Optional<RestrictedPartyList.Match> match = list.bestMatch(variant);
            if (match.isEmpty() || !match.get().party().name().equals(expected)) {
                missed.add(variant + " -> " + match.map(m -> m.party().name()).orElse("no hit") + " "
                        + words(variant));
            }
        }
        System.out.printf("EVASION hits %d/%d%n", lines.size() - missed.size(), lines.size());
        assertThat(missed).isEmpty();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(80);
    }

    @Test
    void atMostOnePercentOfRealUnlistedCompaniesHit() {
        List<String> names = lines("screening/clean-company-names.txt");
        List<String> hits = new ArrayList<>();
        for (String name : names) {
            list.bestMatch(name).ifPresent(m -> hits.add(name + " -> " + m.party().name() + " (" + m.rule() + ")"));
        }
        System.out.printf("CLEAN false positives %d/%d %s%n", hits.size(), names.size(), hits);
        assertThat(names).hasSizeGreaterThanOrEqualTo(200);
        assertThat(hits.size()).as("hits: %s", hits).isLessThanOrEqualTo(names.size() / 100);
    }

    @Test
    void aBareBrandHitsItsEntryWithoutAnAlias() {
        RestrictedPartyList primaryOnly = new RestrictedPartyList("test", List.of(
                new RestrictedParty("Huawei Technologies Co., Ltd.", "CN", "Entity List"),
                new RestrictedParty("Hangzhou Hikvision Digital Technology Co., Ltd.", "CN", "Entity List")));

        assertThat(primaryOnly.bestMatch("Huawei")).get().satisfies(m -> {
            assertThat(m.rule()).isEqualTo(NameRule.BRAND);
            assertThat(m.matchedName()).isEqualTo("Huawei Technologies Co., Ltd.");
        });
        assertThat(primaryOnly.bestMatch("Hikvision")).get().extracting(RestrictedPartyList.Match::rule)
                .isEqualTo(NameRule.BRAND);
        assertThat(primaryOnly.bestMatch("Hangzhou")).as("a place is not a brand").isEmpty();
        assertThat(primaryOnly.bestMatch("Digital Technology")).as("nor are descriptive words").isEmpty();
        assertThat(primaryOnly.bestMatch("Huawei Germany")).as("a word the entry does not have").isEmpty();
        assertThat(primaryOnly.bestMatch("Vision Systems")).isEmpty();
    }

    @Test
    void aHitNamesTheEntryItsListAndTheNameThatMatched() {
        RestrictedPartyList.Match match = list.bestMatch("SMIC").orElseThrow();

        assertThat(match.party().name()).isEqualTo("Semiconductor Manufacturing International Corporation");
        assertThat(match.party().source()).isEqualTo("Entity List (EL) - Bureau of Industry and Security");
        assertThat(match.matchedName()).isEqualTo("SMIC");
        assertThat(match.sentence("end user", "SMIC")).isEqualTo("The end user \"SMIC\" matches \"Semiconductor "
                + "Manufacturing International Corporation\" on the Entity List (EL) - Bureau of Industry and Security "
                + "through its alternative name \"SMIC\" (the same name); a reviewer must check it before anything is "
                + "shipped.");
    }

    static List<String> lines(String resource) {
        try (InputStream in = PartyMatchingEvasionTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The words of each spelling the screener compares, e.g. "[huawei, technologies] / [huawel, technologles]". */
    private static String words(String name) {
        return PartyNames.forms(name).stream().map(f -> f.tokens().toString())
                .collect(java.util.stream.Collectors.joining(" / "));
    }
}
