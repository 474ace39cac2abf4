package com.tierline.audit.ui;

import com.tierline.audit.service.TimelineEntry;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;

/**
 * The audit chain's events and the process's steps in one time-ordered list, each as a sentence, with how long
 * each step took. The stored payload of each event is there for auditors who check it, behind a toggle.
 */
class MergedTimelineGrid extends Grid<TimelineEntry> {

    private final Column<TimelineEntry> payload;

    MergedTimelineGrid(List<TimelineEntry> entries, Locale locale) {
        super(TimelineEntry.class, false);
        addColumn(e -> e.sequence() == null ? "" : e.sequence().toString()).setHeader("#").setFlexGrow(0)
                .setWidth("70px");
        addColumn(e -> Formats.preciseDateTime(e.at(), locale)).setHeader("When").setAutoWidth(true);
        addColumn(TimelineEntry::actor).setHeader("Who").setAutoWidth(true);
        addColumn(e -> e.source() == TimelineEntry.Source.PROCESS ? e.what() + " (" + e.details() + ")" : e.what())
                .setHeader("What").setFlexGrow(3);
        addColumn(e -> e.duration() == null ? (e.open() ? "still open" : "") : Formats.duration(e.duration()))
                .setHeader("Took").setAutoWidth(true);
        payload = addColumn(e -> e.source() == TimelineEntry.Source.AUDIT ? e.details() : "")
                .setHeader("Event details").setFlexGrow(3).setKey("payload");
        payload.setVisible(false);
        addColumn(e -> e.hash() == null ? "" : e.hash().substring(0, 12) + "…").setHeader("Hash").setAutoWidth(true);
        setPartNameGenerator(e -> e.source() == TimelineEntry.Source.PROCESS ? "process-step" : null);
        setItems(entries);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setId("case-timeline");
    }

    /** The toggle that shows each event's stored payload, as the chain hashed it. */
    Checkbox detailsToggle() {
        Checkbox toggle = new Checkbox("Event details", e -> payload.setVisible(e.getValue()));
        toggle.setId("event-details");
        return toggle;
    }
}
