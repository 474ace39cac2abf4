package com.tierline.application.ui;

import com.tierline.application.domain.ApplicationStatus;
import com.vaadin.flow.component.html.Span;

/** A coloured pill for a case status (Lumo badge styles). */
public class StatusBadge extends Span {

    public StatusBadge(ApplicationStatus status) {
        super(status.label());
        String variant = switch (status) {
            case APPROVED, AUTHORISED, APPEAL_UPHELD -> "success";
            case DENIED, PRESUMED_DENIAL, APPEAL_DISMISSED -> "error";
            case DRAFT, WITHDRAWN -> "contrast";
            default -> "";
        };
        getElement().getThemeList().add(("badge " + variant).trim());
        addClassName("status-" + status.name().toLowerCase());
    }
}
