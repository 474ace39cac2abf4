package com.tierline.screening.domain;

import java.util.List;
import java.util.stream.Stream;

/**
 * An entry of a restricted-party list as the Consolidated Screening List publishes it: its name, its alternative
 * names (aliases, abbreviations, former names), the country of its first address, the list it is on, and the
 * published entry's identifier, type, programmes and addresses for a reviewer to check.
 */
public record RestrictedParty(String name, List<String> altNames, String country, String source, String entryId,
        String type, String programs, String addresses) {

    public RestrictedParty {
        altNames = altNames == null ? List.of() : List.copyOf(altNames);
    }

    public RestrictedParty(String name, String country, String source) {
        this(name, List.of(), country, source, null, null, null, null);
    }

    /** The name first, then every alternative name: each is screened. */
    public List<String> listedNames() {
        return Stream.concat(Stream.of(name), altNames.stream()).toList();
    }
}
