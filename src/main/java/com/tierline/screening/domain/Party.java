package com.tierline.screening.domain;

/**
 * A consignee, end user or ultimate end user: name, country, and the countries of its headquarters and of its
 * ultimate parent if known (both are read by the headquarters rule and AIA's conditions). {@code registeredAs} is
 * the registered party's name when the typed name was resolved to a party under another spelling (an alias, a
 * look-alike or a close match), so the screening says so; null otherwise.
 */
public record Party(String name, String country, String headquartersCountry, String ultimateParentCountry,
        String registeredAs) {

    public Party(String name, String country, String headquartersCountry, String ultimateParentCountry) {
        this(name, country, headquartersCountry, ultimateParentCountry, null);
    }

    public Party(String name, String country, String headquartersCountry) {
        this(name, country, headquartersCountry, null, null);
    }

    public Party(String name, String country) {
        this(name, country, null, null, null);
    }
}
