package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * RULES.md §3.1: the low-volume total is kept under {@link PartyNames#identityKey}, so no dressing-up of a
 * consignee's name — case, company form, punctuation and spacing between words, invisible characters, fullwidth
 * forms, letters borrowed from other scripts — may give it a fresh allowance. Different words are a different key
 * (only a registered-party directory can say two such names are one party).
 */
class ConsigneeIdentityPropertiesTest {

    static final List<String> CONSIGNEES = List.of("Nexus Compute", "Lakeside Compute", "Gulf Data Centres",
            "Abu Dhabi Climate Institute", "Meridian AI Cloud", "Harbourview Analytics");
    static final List<String> FORMS = List.of("", " FZE", " FZ-LLC", " LLC", " L.L.C.", " Ltd", " Ltd.", " Limited",
            " Co., Ltd.", " Pte Ltd", " Private Limited", " GmbH", " Inc.", " Corporation", " Company Limited");
    static final List<Integer> INVISIBLE = codePoints("[[:Cf:][:Default_Ignorable_Code_Point:]]");
    /** For each Latin letter, the Cyrillic and Greek letters ICU's TS #39 data says it cannot be told from. */
    static final Map<Character, List<Integer>> LOOK_ALIKES = lookAlikes();

    @Property(tries = 3000)
    void noVariantOfAConsigneesNameResetsItsTotal(@ForAll("consignees") String name,
            @ForAll("forms") String form, @ForAll("edits") List<Integer> edits) {
        String variant = disguise(name, edits) + form;

        assertThat(PartyNames.identityKey(variant)).as(variant).isEqualTo(PartyNames.identityKey(name));
    }

    @Test
    void differentWordsAreADifferentConsignee() {
        assertThat(PartyNames.identityKey("Nexus Computing LLC")).isNotEqualTo(PartyNames.identityKey("Nexus Compute"));
        assertThat(PartyNames.identityKey("Nexus Compute FZ-LLC")).isEqualTo("nexuscompute");
    }

    /** Each edit, by its value: upper-case a letter, put an invisible character before it, widen it, or swap it for
     *  a look-alike; or put a hyphen, a dot-free break or nothing where a space was. */
    private static String disguise(String name, List<Integer> edits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int edit = edits.get(i % edits.size());
            if (c == ' ') {
                out.append(switch (edit % 4) {
                    case 0 -> " ";
                    case 1 -> "-";
                    case 2 -> "\u3000";
                    default -> "  ";
                });
                continue;
            }
            switch (edit % 5) {
                case 0 -> out.append(Character.toUpperCase(c));
                case 1 -> out.appendCodePoint(INVISIBLE.get(edit % INVISIBLE.size())).append(c);
                case 2 -> out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
                case 3 -> {
                    List<Integer> alike = LOOK_ALIKES.getOrDefault(c, List.of());
                    if (alike.isEmpty()) {
                        out.append(c);
                    } else {
                        out.appendCodePoint(alike.get(edit % alike.size()));
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Provide
    Arbitrary<String> consignees() {
        return Arbitraries.of(CONSIGNEES);
    }

    @Provide
    Arbitrary<String> forms() {
        return Arbitraries.of(FORMS);
    }

    @Provide
    Arbitrary<List<Integer>> edits() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(30);
    }

    private static List<Integer> codePoints(String pattern) {
        List<Integer> all = new ArrayList<>();
        for (UnicodeSet.EntryRange range : new UnicodeSet(pattern).ranges()) {
            for (int cp = range.codepoint; cp <= range.codepointEnd; cp++) {
                all.add(cp);
            }
        }
        return all;
    }

    private static Map<Character, List<Integer>> lookAlikes() {
        SpoofChecker spoof = new SpoofChecker.Builder().build();
        Map<Character, List<Integer>> map = new HashMap<>();
        for (int cp : codePoints("[[:Cyrillic:][:Greek:]&[:Letter:]]")) {
            String skeleton = spoof.getSkeleton(Character.toString(cp));
            if (skeleton.length() == 1 && Character.isLetter(skeleton.charAt(0)) && skeleton.charAt(0) < 0x7F) {
                map.computeIfAbsent(skeleton.charAt(0), k -> new ArrayList<>()).add(cp);
            }
        }
        return map;
    }
}
