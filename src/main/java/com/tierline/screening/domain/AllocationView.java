package com.tierline.screening.domain;

import java.math.BigDecimal;

/** The destination's allocation as the screening saw it, and what would remain after this request. */
public record AllocationView(BigDecimal allocated, BigDecimal consumed, BigDecimal reserved, BigDecimal remainingBefore,
        BigDecimal remainingAfter) {
}
