package com.tierline.screening.domain;

import java.math.BigDecimal;
import java.util.List;

/** What the screener needs to know about an application; built by the caller, evaluated without I/O. */
public record ScreeningRequest(String destinationCountry, List<Item> items) {

    public ScreeningRequest {
        items = List.copyOf(items);
    }

    /** A line item: TPP and performance density of one unit (density may be unknown), and how many. */
    public record Item(BigDecimal tpp, BigDecimal performanceDensity, int quantity) {
    }
}
