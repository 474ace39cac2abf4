package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.UnicodeSet;
import com.tierline.screening.service.ShippedRuleSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of restricted-party matching against the shipped list: the index finds exactly what comparing with
 * every listed name finds; invisible characters anywhere and fullwidth forms never make a listed name clear.
 */
class PartyMatchingPropertiesTest {

    static final RestrictedPartyList PARTIES = ShippedRuleSet.restrictedParties();
    static final List<RestrictedParty> ENTRIES = ShippedRuleSet.restrictedPartyEntries();
    /** Every format (Cf) and default-ignorable code point Unicode has: ZWSP, ZWJ, soft hyphen, bidi controls… */
    static final List<Integer> INVISIBLE = invisibleCodePoints();

    @Property(tries = 3000)
    void theIndexFindsWhatComparingWithEveryNameFinds(@ForAll("names") String name) {
        assertThat(PARTIES.bestMatch(name)).isEqualTo(PARTIES.bestMatchByScanning(name));
    }

    @Property(tries = 2000)
    void anInvisibleCharacterAnywhereInAListedNameStillHits(@ForAll("listedNames") String name,
            @ForAll("invisible") int invisible, @ForAll("positions") int position) {
        int at = name.offsetByCodePoints(0, Math.min(position, name.codePointCount(0, name.length())));
        String evasion = name.substring(0, at) + Character.toString(invisible) + name.substring(at);

        assertThat(PARTIES.bestMatch(evasion)).as("%s with U+%04X at %d", name, invisible, at).get()
                .extracting(m -> m.party()).isEqualTo(PARTIES.bestMatch(name).orElseThrow().party());
    }

    @Property(tries = 1000)
    void aListedNameInFullwidthFormsStillHits(@ForAll("listedNames") String name,
            @ForAll("masks") List<Boolean> widen) {
        StringBuilder evasion = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wide = widen.get(i % widen.size());
            evasion.append(!wide ? c : c == ' ' ? '\u3000' : c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        assertThat(PARTIES.bestMatch(evasion.toString())).as(evasion.toString()).get()
                .extracting(m -> m.party()).isEqualTo(PARTIES.bestMatch(name).orElseThrow().party());
    }

    @Provide
    Arbitrary<String> listedNames() {
        return Arbitraries.of(ENTRIES.stream().flatMap(p -> p.listedNames().stream()).toList());
    }

    @Provide
    Arbitrary<Integer> invisible() {
        return Arbitraries.of(INVISIBLE);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 80);
    }

    @Provide
    Arbitrary<List<Boolean>> masks() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(12);
    }

    /** Names near the list (typos, swapped words, extra words, look-alike letters) and far from it. */
    @Provide
    Arbitrary<String> names() {
        List<String> near = new ArrayList<>(ENTRIES.stream().flatMap(p -> p.listedNames().stream()).toList());
        near.addAll(List.of("Gulf Data Centres", "Northwind Compute", "Technologies Huawei", "Huawei Cloud",
                "Hikvision Digital", "Kestrel Offshore", "Vision Systems", "Sugar Information Industry"));
        Arbitrary<String> base = Arbitraries.of(near);
        Arbitrary<String> noise = Arbitraries.strings().withChars("abcdeiklmnosu .-\u0430\u0435\u043E\u200B")
                .ofMaxLength(3);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 40);
        Arbitrary<Boolean> replace = Arbitraries.of(true, false);
        return Combinators.combine(base, noise, at, replace).as((b, extra, i, cut) -> {
            int from = Math.min(i, b.length());
            int to = cut ? Math.min(b.length(), from + extra.length()) : from;
            return b.substring(0, from) + extra + b.substring(to);
        });
    }

    private static List<Integer> invisibleCodePoints() {
        List<Integer> all = new ArrayList<>();
        for (UnicodeSet.EntryRange range : new UnicodeSet("[[:Cf:][:Default_Ignorable_Code_Point:]]").ranges()) {
            for (int cp = range.codepoint; cp <= range.codepointEnd; cp++) {
                all.add(cp);
            }
        }
        return all;
    }
}
