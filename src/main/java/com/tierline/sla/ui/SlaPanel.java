package com.tierline.sla.ui;

import com.tierline.sla.domain.SlaEvent;
import com.tierline.application.service.CaseDetails;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The case's SLA clock: where it stands, the deadline, and its history. */
public class SlaPanel extends VerticalLayout {

    public SlaPanel(CaseDetails c, List<SlaEvent> history, Locale locale) {
        setPadding(false);
        setSpacing(false);
        setId("sla-panel");
        add(new H3("SLA clock"));
        if (c.slaState() == null) {
            add(new Paragraph("No clock runs for this case."));
            return;
        }
        Span state = new Span(c.slaState().label());
        state.getElement().getThemeList().add(switch (c.slaState()) {
            case OVERDUE -> "badge error";
            case WARNING -> "badge";
            case RUNNING -> "badge success";
            default -> "badge contrast";
        });
        add(state, new Paragraph("Due " + Formats.dateTime(c.slaDueAt(), locale) + " (working days; paused while "
                + "waiting on the exporter)."));
        // A clock started anew (an escalation starts the senior review's) says so, rather than "Started" twice.
        List<String> entries = new ArrayList<>();
        boolean started = false;
        for (SlaEvent e : history) {
            boolean again = started && e.getEvent() == SlaEvent.Kind.STARTED;
            started |= e.getEvent() == SlaEvent.Kind.STARTED;
            entries.add((again ? "Started again" : event(e.getEvent())) + " "
                    + Formats.dateTime(e.getOccurredAt(), locale));
        }
        Paragraph clock = new Paragraph(String.join(" · ", entries));
        clock.setId("sla-history");
        add(clock);
    }

    /** Each entry of the clock's history, starting with a capital as the sentence it is. */
    static String event(SlaEvent.Kind kind) {
        return switch (kind) {
            case STARTED -> "Started";
            case PAUSED -> "Paused";
            case RESUMED -> "Resumed";
            case WARNED -> "Due soon";
            case BREACHED -> "Overdue";
            case STOPPED -> "Stopped";
        };
    }
}
