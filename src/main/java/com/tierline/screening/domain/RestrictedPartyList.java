package com.tierline.screening.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A restricted-party list with every name normalised once, so screening a party costs only comparisons. */
public final class RestrictedPartyList {

    /** A party at or above this similarity is a hit. */
    public static final double HIT_THRESHOLD = 0.90;

    private record Entry(RestrictedParty party, String normalised, String sorted, int[] histogram, int letters) {
    }

    /** A list entry a screened name resembles, and how closely. */
    public record Match(RestrictedParty party, double score) {
    }

    private final String version;
    private final List<Entry> entries;

    public RestrictedPartyList(String version, List<RestrictedParty> parties) {
        this.version = version;
        List<Entry> list = new ArrayList<>(parties.size());
        for (RestrictedParty p : parties) {
            String n = PartyNames.normalise(p.name());
            list.add(new Entry(p, n, PartyNames.sortedWords(n), PartyNames.histogram(n), n.length()));
        }
        this.entries = List.copyOf(list);
    }

    public static RestrictedPartyList empty() {
        return new RestrictedPartyList("none", List.of());
    }

    public String version() {
        return version;
    }

    public int size() {
        return entries.size();
    }

    public Optional<Match> bestMatch(String name) {
        String n = PartyNames.normalise(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String sorted = PartyNames.sortedWords(n);
        int[] histogram = PartyNames.histogram(n);
        int letters = n.length();
        Entry best = null;
        double bestScore = HIT_THRESHOLD;
        for (Entry e : entries) {
            if (!n.equals(e.normalised()) && !PartyNames.mayReach(histogram, letters, e.histogram(), e.letters(),
                    HIT_THRESHOLD)) {
                continue;
            }
            double score = PartyNames.similarity(n, sorted, e.normalised(), e.sorted(), HIT_THRESHOLD);
            if (score >= bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match(best.party(), bestScore));
    }
}
