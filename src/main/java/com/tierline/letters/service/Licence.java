package com.tierline.letters.service;

import java.time.LocalDate;
import java.util.Objects;

/** The licence an approval issued: its number and the last day it is valid. */
public record Licence(String number, LocalDate validUntil) {

    public Licence {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
