package com.tierline.allocation.service;

import com.tierline.shared.Refusal;
import com.tierline.shared.RefusedException;
import java.math.BigDecimal;
import java.util.Locale;

/** An approval that the destination's remaining allocation cannot cover. */
public class AllocationExhaustedException extends RefusedException {

    public AllocationExhaustedException(String country, BigDecimal unconsumed, BigDecimal requested) {
        super(Kind.NOT_POSSIBLE_NOW, Refusal.of("allocation.exhausted", String.format(Locale.ENGLISH,
                "%s has only %,.0f TPP of its allocation left unconsumed; approving %,.0f TPP would exceed it.",
                country, unconsumed, requested)));
    }
}
