package com.tierline.letters.service;

import com.tierline.screening.domain.AllocationPosition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a decision letter states. {@code licence} is null unless an approval issued one; {@code allocationAfter} is
 * the destination's allocation once this decision settled the case's share, null when the case never counted
 * against one. Countries are labels or ISO codes (codes are put in words).
 */
public record LetterFacts(String reference, Instant decidedAt, String addressee, String destination, Party consignee,
        Party endUser, List<ItemLine> items, Verdict verdict, String reason, Licence licence, int appealWindowDays,
        ScreeningFacts preScreen, AllocationPosition allocationAfter) {

    public LetterFacts {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(preScreen, "preScreen");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
