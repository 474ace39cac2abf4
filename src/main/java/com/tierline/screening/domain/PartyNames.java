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
        if (!isAscii(lower)) {
            StringBuilder latin = new StringBuilder(lower.length());
            for (int i = 0; i < lower.length(); i++) {
                char c = lower.charAt(i);
                String mapped = CYRILLIC.get(c);
                latin.append(mapped != null ? mapped : String.valueOf(c));
            }
            lower = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        }
        // One pass: letters and digits make words, dots vanish (so "S.A." reads "sa"), anything else separates.
        StringBuilder out = new StringBuilder(lower.length());
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (c != '.' && word.length() > 0) {
                String w = word.toString();
                if (!COMPANY_FORMS.contains(w)) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(w);
                }
                word.setLength(0);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Words sorted, so "Technologies Huawei" and "Huawei Technologies" compare equal. */
    static String sortedWords(String normalised) {
        if (normalised.indexOf(' ') < 0) {
            return normalised;
        }
        String[] words = normalised.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Similarity of two normalised names in [0, 1]. */
    public static double similarity(String a, String sortedA, String b, String sortedB) {
        return similarity(a, sortedA, b, sortedB, 0);
    }

    /**
     * Similarity, allowed to answer 0 early for pairs that cannot reach {@code atLeast}: Jaro–Winkler of at least
     * 0.9 needs the shorter name to be at least half as long as the longer one.
     */
    static double similarity(String a, String sortedA, String b, String sortedB, double atLeast) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b) || sortedA.equals(sortedB)) {
            return 1.0;
        }
        if (atLeast >= 0.9 && 2 * Math.min(a.length(), b.length()) < Math.max(a.length(), b.length())) {
            return 0;
        }
        double direct = jaroWinkler(a, b);
        boolean reordered = !a.equals(sortedA) || !b.equals(sortedB);
        return reordered ? Math.max(direct, jaroWinkler(sortedA, sortedB)) : direct;
    }

    /** Counts of each character of a normalised name (letters, digits, space), for {@link #mayReach}. */
    static int[] histogram(String normalised) {
        int[] counts = new int[37];
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c >= 'a' && c <= 'z') {
                counts[c - 'a']++;
            } else if (c >= '0' && c <= '9') {
                counts[26 + c - '0']++;
            } else {
                counts[36]++;
            }
        }
        return counts;
    }

    /**
     * A cheap upper bound: Jaro counts at most the characters two names have in common, so when even that bound
     * stays under what Jaro–Winkler {@code threshold} needs (Jaro of 5/6 for 0.9), the pair cannot match and the
     * quadratic comparison is skipped. Most of a list is ruled out this way.
     */
    static boolean mayReach(int[] h1, int len1, int[] h2, int len2, double threshold) {
        int common = 0;
        for (int i = 0; i < h1.length; i++) {
            common += Math.min(h1[i], h2[i]);
        }
        if (common == 0) {
            return false;
        }
        double jaroBound = (common / (double) len1 + common / (double) len2 + 1.0) / 3.0;
        double jaroNeeded = (threshold - 0.4) / 0.6; // Winkler adds at most 0.4 × (1 − Jaro)
        return jaroBound >= jaroNeeded;
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
