package com.tierline.screening.domain;

/** A consignee, end user or ultimate end user: name, country, and the country of its headquarters if known. */
public record Party(String name, String country, String headquartersCountry) {

    public Party(String name, String country) {
        this(name, country, null);
    }
}
