package com.tierline.routing.service;

import com.tierline.screening.domain.Outcome;

/** What routing reads of a pre-screened case: destination, its tier, the outcome and a restricted-party hit. */
public record RoutingFacts(String destination, Integer tier, Outcome outcome, boolean restrictedPartyHit) {
}
