package com.tierline.routing.ui;

import com.tierline.routing.service.Routed;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;

/**
 * Which team the case was routed to and why, in words, one line per routing (a re-filed case has two), newest
 * first, so the reviewer and the auditor see the rule version that decided it rather than today's rules.
 */
public class RoutedTo extends Div {

    public RoutedTo(List<Routed> routings, Locale locale) {
        setId("routed-to");
        for (int i = routings.size() - 1; i >= 0; i--) {
            Routed r = routings.get(i);
            Paragraph line = new Paragraph(r.sentence() + " on " + Formats.dateTime(r.at(), locale) + ".");
            line.setId(i == routings.size() - 1 ? "routed-to-latest" : "routed-to-" + (i + 1));
            line.getStyle().set("margin", "0");
            add(line);
        }
    }
}
