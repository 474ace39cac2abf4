package com.tierline.application.domain;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A universal VEU's declared fleet before this export, in TPP: in total, in Tier 1, in the US, in the destination. */
@Embeddable
public record FleetDeclaration(BigDecimal totalTpp, BigDecimal tier1Tpp, BigDecimal usTpp, BigDecimal inDestinationTpp) {
}
