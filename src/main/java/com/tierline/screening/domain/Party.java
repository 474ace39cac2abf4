package com.tierline.screening.domain;

/**
 * A consignee, end user or ultimate end user: name, country, and the countries of its headquarters and of its
 * ultimate parent if known (both are read by the headquarters rule and AIA's conditions).
 */
public record Party(String name, String country, String headquartersCountry, String ultimateParentCountry) {

    public Party(String name, String country, String headquartersCountry) {
        this(name, country, headquartersCountry, null);
    }

    public Party(String name, String country) {
        this(name, country, null, null);
    }
}
