package com.tierline.audit.ui;

import com.tierline.audit.domain.AuditEvent;
import com.tierline.audit.service.EventSentences;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;

/**
 * A case's audit events in order: who did what, in a sentence, when, and the link of the hash chain. The raw
 * payload is not shown here; auditors read it behind the case history's "Event details" toggle.
 */
public class TimelineGrid extends Grid<AuditEvent> {

    public TimelineGrid(List<AuditEvent> events, Locale locale) {
        super(AuditEvent.class, false);
        addColumn(AuditEvent::getSequence).setHeader("#").setFlexGrow(0).setWidth("70px");
        addColumn(e -> Formats.preciseDateTime(e.getOccurredAt(), locale)).setHeader("When").setAutoWidth(true);
        addColumn(AuditEvent::getActor).setHeader("Who").setAutoWidth(true);
        addColumn(e -> EventSentences.of(e, locale)).setHeader("What").setFlexGrow(3);
        addColumn(e -> e.getHash().substring(0, 12) + "…").setHeader("Hash").setAutoWidth(true);
        setItems(events);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setId("case-timeline");
    }
}
