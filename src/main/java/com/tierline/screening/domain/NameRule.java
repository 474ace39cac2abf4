package com.tierline.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** How a screened name can match a listed one, strongest first, and the comparison that decides it. */
public enum NameRule {

    SAME_NAME("the same name"),
    WORD_ORDER("the same words in another order"),
    SPACING("the same letters, spaced or punctuated differently"),
    BRAND("its brand name"),
    SPELLING("a near spelling");

    /** A near spelling must be at least this similar (Jaro–Winkler) in the one word that differs. */
    public static final double SPELLING_THRESHOLD = 0.90;
    /** Words shorter than this are not compared by similarity: one letter turns one short name into another. */
    static final int MIN_SPELLING_LENGTH = 5;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final String words;

    NameRule(String words) {
        this.words = words;
    }

    /** For a person: "its brand name", "a near spelling". */
    public String words() {
        return words;
    }

    record Verdict(NameRule rule, double score) {
    }

    /**
     * Whether screened name {@code q} matches listed name {@code e}. A bare brand matches when every word of
     * the screened name is one of the listed name's and the brand is among them ("Huawei", "Huawei Cloud"), so a
     * shared descriptive word alone ("Vision Systems") never does. A near spelling differs in one long word only.
     */
    static Optional<Verdict> compare(NameForm q, NameForm e) {
        if (q.sorted().equals(e.sorted())) {
            return Optional.of(new Verdict(q.tokens().equals(e.tokens()) ? SAME_NAME : WORD_ORDER, 1.0));
        }
        if (q.joined().equals(e.joined())) {
            return Optional.of(new Verdict(SPACING, 1.0));
        }
        if (e.brand() != null && (q.joined().equals(e.brand())
                || (q.tokens().contains(e.brand()) && e.tokens().containsAll(q.tokens())))) {
            return Optional.of(new Verdict(BRAND, 1.0));
        }
        return spelling(q, e);
    }

    private static Optional<Verdict> spelling(NameForm q, NameForm e) {
        if (q.tokens().size() != e.tokens().size() || q.tokens().size() < 2) {
            return Optional.empty();
        }
        List<String> onlyInQ = new ArrayList<>(q.tokens());
        List<String> onlyInE = new ArrayList<>();
        for (String token : e.tokens()) {
            if (!onlyInQ.remove(token)) {
                onlyInE.add(token);
            }
        }
        if (onlyInQ.size() != 1 || onlyInE.size() != 1) {
            return Optional.empty();
        }
        String a = onlyInQ.get(0);
        String b = onlyInE.get(0);
        if (a.length() < MIN_SPELLING_LENGTH || b.length() < MIN_SPELLING_LENGTH || a.charAt(0) != b.charAt(0)) {
            return Optional.empty();
        }
        double score = JARO_WINKLER.apply(a, b);
        return score >= SPELLING_THRESHOLD ? Optional.of(new Verdict(SPELLING, score)) : Optional.empty();
    }
}
