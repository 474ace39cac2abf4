package com.tierline.review.service;

import com.tierline.application.service.SequenceNumbers;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Licence numbers ("TLL-2026-000042") from a database sequence: unique across nodes, never reused. */
@Component
class LicenceNumbers {

    private final SequenceNumbers sequences;

    LicenceNumbers(SequenceNumbers sequences) {
        this.sequences = sequences;
    }

    String nextNumber(Instant at) {
        return "TLL-%d-%06d".formatted(at.atZone(ZoneOffset.UTC).getYear(), sequences.next("licence_number_seq"));
    }
}
