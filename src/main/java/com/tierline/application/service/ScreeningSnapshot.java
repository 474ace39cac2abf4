package com.tierline.application.service;

import com.tierline.screening.domain.ScreeningResult;
import java.time.Instant;

/** One screening of a case, exactly as it was recorded. */
public record ScreeningSnapshot(Instant screenedAt, ScreeningResult result) {
}
