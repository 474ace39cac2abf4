package com.tierline.application.service;

import java.math.BigDecimal;
import java.util.Locale;

/** An approval that the destination's remaining allocation cannot cover. */
public class AllocationExhaustedException extends RuntimeException {

    public AllocationExhaustedException(String country, BigDecimal unconsumed, BigDecimal requested) {
        super(String.format(Locale.ENGLISH, "%s has only %,.0f TPP of its allocation left unconsumed; approving "
                + "%,.0f TPP would exceed it.", country, unconsumed, requested));
    }
}
