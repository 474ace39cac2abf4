package com.tierline.screening.domain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a party's name is read for screening, with ICU rather than hand-made tables: invisible format characters
 * (Unicode category Cf and default-ignorables) removed, NFKC case folding (fullwidth and other compatibility forms),
 * transliteration to ASCII ({@code Any-Latin; Latin-ASCII}), and, as a second spelling, the Unicode TS #39
 * confusable skeleton so letters borrowed from other scripts read as the Latin ones they imitate. Company forms
 * (Co., Ltd., LLC, FZ-LLC, Pte Ltd, GmbH…) are dropped, so what is left is the name itself.
 */
public final class PartyNames {

    /** Company forms and filler words, in their transliterated spelling; dropped wherever they stand. */
    static final Set<String> COMPANY_FORMS = Set.of("ltd", "limited", "llc", "llp", "lp", "inc", "incorporated",
            "co", "company", "corp", "corporation", "gmbh", "mbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa",
            "plc", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "zao", "oao", "pao", "ao", "pte", "pty", "pvt", "private",
            "bv", "nv", "kk", "ab", "oy", "fze", "fzco", "fzc", "fz", "fzllc", "sdn", "bhd", "group", "holding",
            "holdings", "the", "and");

    private static final UnicodeSet INVISIBLE = new UnicodeSet("[[:Cf:][:Default_Ignorable_Code_Point:]]").freeze();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();
    private static final Transliterator TO_ASCII = Transliterator.getInstance(
            "Any-Latin; Latin-ASCII; NFD; [:Nonspacing Mark:] Remove; NFC");
    /** ICU's answer for each ASCII character, asked once, so all-ASCII names (most of them) skip ICU. */
    private static final String[] ASCII_SKELETON = asciiSkeletons();
    private static final Set<String> FORMS_BOTH_SPELLINGS = bothSpellings(COMPANY_FORMS);

    private PartyNames() {
    }

    /** The name's words as transliterated, company forms removed: "Т-Платформы" reads "t platformy". */
    public static String normalise(String name) {
        return String.join(" ", core(words(transliterated(name))));
    }

    /**
     * The key a party's running totals are kept under: the confusable skeleton of the name without company forms,
     * spaces or punctuation, so "Nexus Compute FZ-LLC", "NEXUS-COMPUTE L.L.C." and a copy with a zero-width space
     * or a Cyrillic "е" are one consignee. Different words are different names; only a directory can join those.
     */
    public static String identityKey(String name) {
        String key = String.join("", core(words(skeleton(name))));
        return key.length() > 200 ? key.substring(0, 200) : key;
    }

    /** The name as the screener compares it: its transliterated spelling and, where different, its skeleton. */
    static List<NameForm> forms(String name) {
        List<String> transliterated = core(words(transliterated(name)));
        List<String> skeleton = core(words(skeleton(name)));
        NameForm first = NameForm.of(transliterated);
        return transliterated.equals(skeleton) ? List.of(first) : List.of(first, NameForm.of(skeleton));
    }

    static String transliterated(String name) {
        if (name == null) {
            return "";
        }
        if (isAscii(name)) {
            return name.toLowerCase(java.util.Locale.ROOT);
        }
        String folded = NFKC_CASEFOLD.normalize(visible(name));
        synchronized (TO_ASCII) {
            return TO_ASCII.transliterate(folded);
        }
    }

    /**
     * TS #39 skeleton of the upper-cased name, then case-folded: upper case first because the skeleton maps
     * capital Cyrillic and Greek look-alikes to Latin capitals but lower-case ones to small capitals.
     */
    static String skeleton(String name) {
        if (name == null) {
            return "";
        }
        if (isAscii(name)) {
            StringBuilder out = new StringBuilder(name.length() + 8);
            for (int i = 0; i < name.length(); i++) {
                String mapped = ASCII_SKELETON[name.charAt(i)];
                if (mapped.length() == 1) {
                    out.append(mapped.charAt(0));
                } else {
                    out.append(mapped);
                }
            }
            return out.toString();
        }
        return skeletonThroughIcu(name);
    }

    private static String skeletonThroughIcu(String name) {
        // Look-alikes are read before NFKC too: it would turn some (U+03F9 "Ϲ") into letters that look like no
        // Latin one ("Σ").
        String latin = latinLookAlikes(NFKC.normalize(latinLookAlikes(visible(name))));
        String upper = UCharacter.toUpperCase(ULocale.ROOT, latin);
        String folded = NFKC_CASEFOLD.normalize(SPOOF.getSkeleton(upper));
        synchronized (TO_ASCII) {
            return TO_ASCII.transliterate(folded);
        }
    }

    /** Letters and digits make words; dots and apostrophes vanish ("S.A." is "sa"); anything else separates. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); ) {
            int c = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (c != '.' && c != '\'' && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(c);
        }
        return words;
    }

    /** The words without company forms; a name made of nothing else keeps them, so it is never empty. */
    static List<String> core(List<String> words) {
        List<String> core = new ArrayList<>(words.size());
        for (String w : words) {
            if (!FORMS_BOTH_SPELLINGS.contains(w)) {
                core.add(w);
            }
        }
        return core.isEmpty() ? words : core;
    }

    /** A word list in both the spelling transliteration gives and the one the skeleton gives. */
    static Set<String> bothSpellings(Set<String> words) {
        Set<String> both = new LinkedHashSet<>(words);
        words.forEach(w -> both.add(skeleton(w)));
        return Set.copyOf(both);
    }

    /**
     * Each letter from another script that TS #39 says is one Latin letter or digit becomes that letter, in its own
     * case, before the name is upper-cased: Greek "ν" is "v", though its capital "Ν" would read "N".
     */
    private static String latinLookAlikes(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            String skeleton = c < 0x80 ? null : SPOOF.getSkeleton(Character.toString(c));
            boolean latin = skeleton != null && skeleton.length() == 1 && skeleton.charAt(0) < 0x80
                    && Character.isLetterOrDigit(skeleton.charAt(0));
            if (latin) {
                out.append(skeleton);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String visible(String name) {
        if (INVISIBLE.containsNone(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().filter(c -> !INVISIBLE.contains(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 126 || (c < 32 && c != '\t')) {
                return false;
            }
        }
        return true;
    }

    private static String[] asciiSkeletons() {
        String[] table = new String[128];
        for (char c = 0; c < 128; c++) {
            table[c] = c < 32 ? " " : skeletonThroughIcu(String.valueOf(c));
        }
        return table;
    }
}
