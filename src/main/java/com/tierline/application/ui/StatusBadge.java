package com.tierline.application.ui;

import com.tierline.application.domain.ApplicationStatus;
import com.vaadin.flow.component.html.Span;

/** A coloured pill for a case status (Lumo badge styles). */
public class StatusBadge extends Span {

    public StatusBadge(ApplicationStatus status) {
        super(status.label());
        getElement().getThemeList().add(theme(status));
        addClassName("status-" + status.name().toLowerCase());
    }

    /** The Lumo badge theme of a status, also for grids that draw badges client-side instead of as components. */
    public static String theme(ApplicationStatus status) {
        String variant = switch (status) {
            case APPROVED, AUTHORISED, APPEAL_UPHELD -> "success";
            case DENIED, PRESUMED_DENIAL, APPEAL_DISMISSED -> "error";
            case DRAFT, WITHDRAWN -> "contrast";
            default -> "";
        };
        return ("badge " + variant).trim();
    }
}
