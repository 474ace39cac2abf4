package com.tierline.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A party of BIS form 748P beside consignee and end users: the purchaser, or an intermediate consignee (a freight
 * forwarder or distributor the chips pass through). Country is ISO alpha-2; {@code role} is the exporter's own words
 * ("freight forwarder") and is null for the purchaser.
 */
@Embeddable
public record TradeParty(
        @Column(name = "name") String name,
        @Column(name = "country") String country,
        @Column(name = "role") String role) {
}
