package com.tierline.audit.ui;

import com.tierline.audit.domain.AuditEvent;
import com.tierline.audit.service.EventSentences;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A case's audit events in order: who did what, in a sentence, when, and the link of the hash chain. The raw
 * payload is not shown here; auditors read it behind the case history's "Event details" toggle.
 */
public class TimelineGrid extends Grid<AuditEvent> {

    /** {@code people} names a user as the reader is shown people: "Ana Reviewer (reviewer1)". */
    public TimelineGrid(List<AuditEvent> events, Locale locale, UnaryOperator<String> people) {
        super(AuditEvent.class, false);
        // Looked up once per person, not on every render of every row.
        Map<String, String> named = new HashMap<>();
        UnaryOperator<String> person = username -> named.computeIfAbsent(username, people);
        addColumn(AuditEvent::getSequence).setHeader("#").setFlexGrow(0).setWidth("70px");
        addColumn(e -> Formats.preciseDateTime(e.getOccurredAt(), locale)).setHeader("When").setAutoWidth(true);
        addColumn(e -> person.apply(e.getActor())).setHeader("Who").setAutoWidth(true);
        addColumn(e -> EventSentences.of(e, locale, person)).setHeader("What").setFlexGrow(3);
        addColumn(e -> e.getHash().substring(0, 12) + "…").setHeader("Hash").setAutoWidth(true);
        setItems(events);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setId("case-timeline");
    }
}
