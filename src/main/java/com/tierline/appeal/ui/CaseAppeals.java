package com.tierline.appeal.ui;

import com.tierline.appeal.domain.Appeal;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A case page's links to the case's appeals, so a reader can go from a decision to how it was challenged. */
public final class CaseAppeals {

    private CaseAppeals() {
    }

    /** One line per appeal; a link to its hearing for those who hear appeals, the reference for everyone else. */
    public static Div of(List<Appeal> appeals, boolean mayHear) {
        Div links = new Div();
        links.setId("case-appeals");
        for (Appeal a : appeals) {
            String state = switch (a.getStatus()) {
                case UNDER_REVIEW -> "being heard";
                case PANEL -> "before a panel";
                case UPHELD -> "upheld";
                case DISMISSED -> "dismissed";
            };
            Div line = new Div(new Span("Appeal "), mayHear
                    ? new Anchor("review/appeals?appeal=" + a.getReference(), a.getReference())
                    : new Span(a.getReference()), new Span(": " + state + "."));
            links.add(line);
        }
        return links;
    }
}
