package com.tierline.screening.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Name normalisation and similarity for restricted-party screening: case, punctuation, diacritics, Cyrillic
 * letters and company-form suffixes are ignored; similarity is Jaro–Winkler over the whole name and over its
 * sorted words, whichever is higher.
 */
public final class PartyNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> COMPANY_FORMS = Set.of("ltd", "limited", "llc", "inc", "incorporated", "co",
            "company", "corp", "corporation", "gmbh", "ag", "sa", "sas", "srl", "spa", "plc", "jsc", "pjsc", "ojsc",
            "ooo", "zao", "oao", "pte", "pty", "bv", "nv", "kk", "ab", "as", "oy", "fze", "fzco", "fzllc", "group",
            "holding", "holdings", "the");
    private static final Map<Character, String> CYRILLIC = cyrillic();

    private PartyNames() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        // Dots are dropped rather than split on, so that "S.A." reads as the company form "sa".
        String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("").replace(".", "");
        return Arrays.stream(NON_ALNUM.split(plain)).filter(w -> !w.isEmpty() && !COMPANY_FORMS.contains(w))
                .collect(Collectors.joining(" "));
    }

    /** Words sorted, so "Technologies Huawei" and "Huawei Technologies" compare equal. */
    static String sortedWords(String normalised) {
        return Arrays.stream(normalised.split(" ")).sorted().collect(Collectors.joining(" "));
    }

    /** Similarity of two normalised names in [0, 1]. */
    public static double similarity(String a, String sortedA, String b, String sortedB) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return Math.max(jaroWinkler(a, b), jaroWinkler(sortedA, sortedB));
    }

    static double jaroWinkler(String s1, String s2) {
        if (s1.equals(s2)) {
            return 1.0;
        }
        int len1 = s1.length();
        int len2 = s2.length();
        int window = Math.max(0, Math.max(len1, len2) / 2 - 1);
        boolean[] matched1 = new boolean[len1];
        boolean[] matched2 = new boolean[len2];
        int matches = 0;
        for (int i = 0; i < len1; i++) {
            int from = Math.max(0, i - window);
            int to = Math.min(len2, i + window + 1);
            for (int j = from; j < to; j++) {
                if (!matched2[j] && s1.charAt(i) == s2.charAt(j)) {
                    matched1[i] = true;
                    matched2[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        int k = 0;
        for (int i = 0; i < len1; i++) {
            if (matched1[i]) {
                while (!matched2[k]) {
                    k++;
                }
                if (s1.charAt(i) != s2.charAt(k)) {
                    transpositions++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / len1 + m / len2 + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        for (int i = 0; i < Math.min(4, Math.min(len1, len2)) && s1.charAt(i) == s2.charAt(i); i++) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static Map<Character, String> cyrillic() {
        String[][] pairs = {{"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"},
                {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"й", "i"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"},
                {"о", "o"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"},
                {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
                {"ю", "yu"}, {"я", "ya"}};
        return Arrays.stream(pairs).collect(Collectors.toUnmodifiableMap(p -> p[0].charAt(0), p -> p[1]));
    }
}
