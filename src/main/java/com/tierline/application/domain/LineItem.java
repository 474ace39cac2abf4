package com.tierline.application.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of an application: a chip model or declared TPP and density, per unit, times a quantity. */
@Embeddable
public class LineItem {

    private String description;
    private String model;
    private BigDecimal tpp;
    private BigDecimal performanceDensity;
    private int quantity;
    private BigDecimal unitValueUsd;

    protected LineItem() {
    }

    public LineItem(String description, String model, BigDecimal tpp, BigDecimal performanceDensity, int quantity,
            BigDecimal unitValueUsd) {
        this.description = description;
        this.model = model;
        this.tpp = tpp;
        this.performanceDensity = performanceDensity;
        this.quantity = quantity;
        this.unitValueUsd = unitValueUsd;
    }

    public String getDescription() {
        return description;
    }

    public String getModel() {
        return model;
    }

    public BigDecimal getTpp() {
        return tpp;
    }

    public BigDecimal getPerformanceDensity() {
        return performanceDensity;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitValueUsd() {
        return unitValueUsd;
    }
}
