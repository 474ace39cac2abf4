package com.tierline.audit.ui;

import com.tierline.audit.service.TimelineEntry;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Locale;

/** The audit chain's events and the process's steps in one time-ordered list, with how long each step took. */
class MergedTimelineGrid extends Grid<TimelineEntry> {

    MergedTimelineGrid(List<TimelineEntry> entries, Locale locale) {
        super(TimelineEntry.class, false);
        addColumn(e -> e.sequence() == null ? "" : e.sequence().toString()).setHeader("#").setFlexGrow(0)
                .setWidth("70px");
        addColumn(e -> Formats.preciseDateTime(e.at(), locale)).setHeader("When").setAutoWidth(true);
        addColumn(TimelineEntry::actor).setHeader("Who").setAutoWidth(true);
        addColumn(TimelineEntry::what).setHeader("What").setAutoWidth(true);
        addColumn(e -> e.duration() == null ? (e.open() ? "still open" : "") : Formats.duration(e.duration()))
                .setHeader("Took").setAutoWidth(true);
        addColumn(TimelineEntry::details).setHeader("Details").setFlexGrow(3);
        addColumn(e -> e.hash() == null ? "" : e.hash().substring(0, 12) + "…").setHeader("Hash").setAutoWidth(true);
        setPartNameGenerator(e -> e.source() == TimelineEntry.Source.PROCESS ? "process-step" : null);
        setItems(entries);
        setAllRowsVisible(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setId("case-timeline");
    }
}
