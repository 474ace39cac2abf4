package com.tierline.application.ui;

import com.tierline.application.service.CaseDetails;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * A section of the exporter's case page that a feature built on this one provides (requests for information): this
 * feature may not import those, so {@link ApplicationView} shows every bean of this type, in their order. One bean
 * serves every view; each call builds fresh components for one page.
 */
public interface ExporterCaseSection {

    /**
     * What the section adds to the page of case {@code c}, or empty when it has nothing to say about it.
     * {@code changed} shows the case afresh, after the section changed it (the exporter answered, say).
     */
    Optional<Contribution> contribute(CaseDetails c, Locale locale, Runnable changed);

    /** The section's component, and its moments for the page's "What has happened" list. */
    record Contribution(Component component, List<Moment> moments) {
    }

    /** One line of the exporter's timeline: when, and what happened, in words. */
    record Moment(Instant at, String what) {
    }
}
