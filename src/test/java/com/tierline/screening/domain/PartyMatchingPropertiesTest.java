package com.tierline.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The shortcut that skips hopeless pairs must never change who matches, nor how well. */
class PartyMatchingPropertiesTest {

    static final List<RestrictedParty> LIST = List.of(
            new RestrictedParty("Huawei Technologies Co. Ltd.", "CN", "test"),
            new RestrictedParty("Inspur Group", "CN", "test"),
            new RestrictedParty("Nexus Compute Brokers FZE", "AE", "test"),
            new RestrictedParty("Т-Платформы", "RU", "test"),
            new RestrictedParty("Kestrel Offshore Trading Pte Ltd", "SG", "test"),
            new RestrictedParty("Beijing Academy of Artificial Intelligence", "CN", "test"));
    static final RestrictedPartyList PARTIES = new RestrictedPartyList("test", LIST);

    @Property(tries = 2000)
    void prunedSearchEqualsExhaustiveSearch(@ForAll("names") String name) {
        String n = PartyNames.normalise(name);
        String sorted = PartyNames.sortedWords(n);
        Optional<Double> exhaustive = LIST.stream().map(p -> {
            String e = PartyNames.normalise(p.name());
            return PartyNames.similarity(n, sorted, e, PartyNames.sortedWords(e));
        }).filter(s -> s >= RestrictedPartyList.HIT_THRESHOLD).max(Double::compare);
        assertThat(PARTIES.bestMatch(name).map(RestrictedPartyList.Match::score)).isEqualTo(exhaustive);
    }

    /** Names near the list (typos, swapped words, extra words) and far from it. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> base = Arbitraries.of("Huawei Technologies", "Inspur Group", "Nexus Compute Brokers",
                "T-Platformy", "Kestrel Offshore Trading", "Beijing Academy of AI", "Gulf Data Centres",
                "Northwind Compute", "Technologies Huawei");
        Arbitrary<String> noise = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz .-").ofMaxLength(4);
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 30);
        return Combinators.combine(base, noise, at).as((b, extra, i) -> {
            int cut = Math.min(i, b.length());
            return b.substring(0, cut) + extra + b.substring(cut);
        });
    }
}
