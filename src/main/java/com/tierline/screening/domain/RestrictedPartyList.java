package com.tierline.screening.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A restricted-party list with every name normalised once, so screening a party costs only comparisons. */
public final class RestrictedPartyList {

    /** A party at or above this similarity is a hit. */
    public static final double HIT_THRESHOLD = 0.90;

    private record Entry(RestrictedParty party, String normalised, String sorted) {
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
            list.add(new Entry(p, n, PartyNames.sortedWords(n)));
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
        return entries.stream().map(e -> new Match(e.party(), PartyNames.similarity(n, sorted, e.normalised(),
                e.sorted()))).filter(m -> m.score() >= HIT_THRESHOLD).max(Comparator.comparingDouble(Match::score));
    }
}
