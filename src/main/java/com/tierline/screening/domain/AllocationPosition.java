package com.tierline.screening.domain;

import java.math.BigDecimal;

/** Where a destination's country allocation stands: allocated, consumed by approvals, reserved by open cases. */
public record AllocationPosition(BigDecimal allocated, BigDecimal consumed, BigDecimal reserved) {

    public BigDecimal remaining() {
        return allocated.subtract(consumed).subtract(reserved);
    }
}
