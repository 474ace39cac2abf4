package com.tierline.history.service;

import com.tierline.identity.service.SignedInUser;
import java.util.Optional;

/**
 * Which case a reader may see, answered by the feature that owns the case: the history knows its rows by case id
 * only, and depends on no feature above it.
 */
public interface VisibleCases {

    /**
     * The id of the case with {@code reference} if {@code reader} may see it: an exporter its own organisation's
     * cases, an official any filed case; empty otherwise.
     */
    Optional<Long> idOf(String reference, SignedInUser reader, boolean asExporter);
}
