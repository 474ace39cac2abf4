package com.tierline.screening.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A restricted-party list indexed for screening: every name and alternative name is read once into its spellings
 * ({@link PartyNames}) and filed under its sorted words, its letters run together, its brand and, for near
 * spellings, its words minus one. A screened name is then looked up under the same keys — a few hash look-ups
 * and a handful of comparisons, whatever the size of the list — and only those candidates are compared.
 */
public final class RestrictedPartyList {

    /** A near spelling at or above this similarity is a hit; other rules match outright. */
    public static final double HIT_THRESHOLD = NameRule.SPELLING_THRESHOLD;

    /** One listed name (primary or alternative) in one of its spellings; {@code order} breaks ties. */
    record Listed(int order, RestrictedParty party, String name, NameForm form) {
    }

    /**
     * A list entry a screened name matched: the entry, which of its names matched (the primary name or an
     * alternative one), by which rule, and how closely (1 except for a near spelling).
     */
    public record Match(RestrictedParty party, String matchedName, NameRule rule, double score) {

        public boolean onAlternativeName() {
            return !matchedName.equals(party.name());
        }

        /** The finding's sentence: who matched which entry of which list, through which name, by what rule. */
        public String sentence(String role, String screenedName) {
            String how = rule == NameRule.SPELLING
                    ? rule.words() + ", similarity " + String.format(java.util.Locale.ROOT, "%.2f", score)
                    : rule.words();
            String through = onAlternativeName() ? "its alternative name \"" + matchedName + "\"" : "its listed name";
            return "The " + role + " \"" + screenedName + "\" matches \"" + party.name() + "\" on the "
                    + party.source() + " through " + through + " (" + how + "); a reviewer must check it before "
                    + "anything is shipped.";
        }
    }

    private static final Comparator<Candidate> BEST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingInt(c -> c.rule().ordinal()).thenComparingInt(c -> c.listed().order());

    private record Candidate(Listed listed, NameRule rule, double score) {
    }

    private final String version;
    private final int size;
    private final int names;
    private final List<Listed> all = new ArrayList<>();
    private final Map<String, List<Listed>> bySorted = new HashMap<>();
    private final Map<String, List<Listed>> byJoined = new HashMap<>();
    private final Map<String, List<Listed>> byBrand = new HashMap<>();
    private final Map<String, List<Listed>> byNeighbour = new HashMap<>();

    public RestrictedPartyList(String version, List<RestrictedParty> parties) {
        this.version = version;
        this.size = parties.size();
        int order = 0;
        for (RestrictedParty party : parties) {
            for (String name : party.listedNames()) {
                for (NameForm form : PartyNames.forms(name)) {
                    file(new Listed(order++, party, name, form));
                }
            }
        }
        this.names = parties.stream().mapToInt(p -> p.listedNames().size()).sum();
    }

    private void file(Listed listed) {
        NameForm form = listed.form();
        all.add(listed);
        bySorted.computeIfAbsent(form.sorted(), k -> new ArrayList<>(1)).add(listed);
        byJoined.computeIfAbsent(form.joined(), k -> new ArrayList<>(1)).add(listed);
        if (form.brand() != null) {
            byBrand.computeIfAbsent(form.brand(), k -> new ArrayList<>(1)).add(listed);
        }
        for (int i = 0; form.tokens().size() >= 2 && i < form.tokens().size(); i++) {
            if (form.tokens().get(i).length() >= NameRule.MIN_SPELLING_LENGTH) {
                byNeighbour.computeIfAbsent(form.neighbourKey(i), k -> new ArrayList<>(1)).add(listed);
            }
        }
    }

    public static RestrictedPartyList empty() {
        return new RestrictedPartyList("none", List.of());
    }

    public String version() {
        return version;
    }

    /** Entries on the list. */
    public int size() {
        return size;
    }

    /** Names screened against: every entry's name and alternative names. */
    public int names() {
        return names;
    }

    /** The strongest match of {@code name} on the list, if any. */
    public Optional<Match> bestMatch(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<NameForm> forms = PartyNames.forms(name);
        Candidate best = null;
        for (NameForm q : forms) {
            for (Listed listed : candidates(q)) {
                best = better(best, listed, q);
            }
        }
        return toMatch(best);
    }

    /** The same answer as {@link #bestMatch} by comparing with every listed name: the index's reference. */
    Optional<Match> bestMatchByScanning(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Candidate best = null;
        for (NameForm q : PartyNames.forms(name)) {
            for (Listed listed : all) {
                best = better(best, listed, q);
            }
        }
        return toMatch(best);
    }

    private List<Listed> candidates(NameForm q) {
        List<Listed> found = new ArrayList<>();
        addAll(found, bySorted.get(q.sorted()));
        addAll(found, byJoined.get(q.joined()));
        addAll(found, byBrand.get(q.joined()));
        for (String token : q.tokens()) {
            addAll(found, byBrand.get(token));
        }
        for (int i = 0; q.tokens().size() >= 2 && i < q.tokens().size(); i++) {
            if (q.tokens().get(i).length() >= NameRule.MIN_SPELLING_LENGTH) {
                addAll(found, byNeighbour.get(q.neighbourKey(i)));
            }
        }
        return found;
    }

    /** Buckets are small; a name found twice is compared twice, which changes nothing but a little time. */
    private static void addAll(List<Listed> found, List<Listed> listed) {
        if (listed != null) {
            found.addAll(listed);
        }
    }

    private static Candidate better(Candidate best, Listed listed, NameForm q) {
        Optional<NameRule.Verdict> verdict = NameRule.compare(q, listed.form());
        if (verdict.isEmpty()) {
            return best;
        }
        Candidate candidate = new Candidate(listed, verdict.get().rule(), verdict.get().score());
        return best == null || BEST.compare(candidate, best) < 0 ? candidate : best;
    }

    private static Optional<Match> toMatch(Candidate best) {
        return best == null ? Optional.empty() : Optional.of(new Match(best.listed().party(), best.listed().name(),
                best.rule(), best.score()));
    }
}
