package com.tierline.review.service;

import com.tierline.application.domain.SlaState;
import java.time.LocalDate;

/** Narrows a queue; every part is optional (null = any). Applied in the database query. */
public record QueueFilter(String destination, Integer tier, String outcome, SlaState slaState,
        LocalDate submittedFrom, LocalDate submittedTo, Boolean restrictedPartyHit) {

    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, null, null);

    public QueueFilter(String destination, Integer tier, String outcome, SlaState slaState, LocalDate submittedFrom,
            LocalDate submittedTo) {
        this(destination, tier, outcome, slaState, submittedFrom, submittedTo, null);
    }
}
