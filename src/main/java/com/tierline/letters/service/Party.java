package com.tierline.letters.service;

import com.tierline.shared.Formats;
import java.util.Locale;

/**
 * A party to the export as a letter names it. {@code country} is a label ("Saudi Arabia (SA)") or an ISO code, which
 * is put in words; either may be null.
 */
public record Party(String name, String country) {

    /** "Gulf Data Centres LLC, United Arab Emirates (AE)". */
    String words() {
        return (name == null ? "(no name)" : name)
                + (country == null || country.isBlank() ? "" : ", " + Formats.country(country, Locale.ENGLISH));
    }
}
