package com.tierline.screening.domain;

import java.math.BigDecimal;

/** How one item line was read: the figures used (catalogue or declared), its class and its TPP in total. */
public record ItemResult(int index, String model, BigDecimal tpp, BigDecimal performanceDensity, int quantity,
        BigDecimal lineTpp, ItemClass itemClass, boolean declared) {
}
