package com.tierline.review.ui;

import com.tierline.application.service.CaseSummary;
import com.tierline.application.ui.StatusBadge;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A review queue's grid: one row per case, every column sortable in the database (its key is the entity path),
 * several cases selectable for the bulk bar.
 */
class QueueGrid extends Grid<CaseSummary> {

    /**
     * {@code countries}: a destination's code to its name, as the country pickers write it; {@code people}: a user
     * name to "Ana Reviewer (reviewer1)".
     */
    QueueGrid(Locale locale, Function<String, String> countries, UnaryOperator<String> people) {
        super(CaseSummary.class, false);
        addColumn(CaseSummary::reference).setHeader("Reference").setKey("reference");
        // Badges are drawn in the browser (LitRenderer), not as a server-side component per row and column:
        // a reviewer's queue then costs far less memory per session.
        addColumn(badge(c -> c.restrictedPartyHit() ? "Party match" : "",
                c -> c.restrictedPartyHit() ? "badge error small" : ""))
                .setHeader("Flags").setKey("restrictedPartyHit");
        addColumn(CaseSummary::organisation).setHeader("Exporter").setKey("organisation.name");
        addColumn(c -> countries.apply(c.destinationCountry())).setHeader("Destination").setKey("destinationCountry");
        addColumn(CaseSummary::tier).setHeader("Tier").setKey("screeningTier");
        addColumn(badge(c -> c.status().label(), c -> StatusBadge.theme(c.status()))).setHeader("Status")
                .setKey("status");
        addColumn(c -> Formats.number(c.totalTpp(), locale)).setHeader("Total TPP").setKey("totalTpp");
        addColumn(badge(c -> slaText(c, locale), QueueGrid::slaTheme)).setHeader("Due").setKey("reviewClock.dueAt");
        addColumn(c -> c.assignee() == null ? "Unclaimed"
                : people.apply(c.assignee()) + " since " + Formats.dateTime(c.claimedAt(), locale))
                .setHeader("Claimed by").setKey("assignee");
        getColumns().forEach(column -> column.setSortable(true).setFlexGrow(0));
        // Fixed widths (62rem and the selection column) that fit a 1366-pixel screen beside the menu, about
        // 1,076 px (test: QueueAt1366BrowserIT);
        // long texts wrap in their cell instead of pushing Due and Claimed by off screen. In rem, not em: header
        // and body cells have different font sizes, and em would set them apart.
        width("reference", "8rem");
        width("restrictedPartyHit", "5.5rem");
        width("organisation.name", "7rem").setFlexGrow(1);
        width("destinationCountry", "7.5rem");
        width("screeningTier", "4rem");
        width("status", "7.5rem");
        width("totalTpp", "6.5rem");
        width("reviewClock.dueAt", "8rem");
        width("assignee", "8rem").setFlexGrow(1);
        getColumnByKey("organisation.name").setTooltipGenerator(CaseSummary::organisation);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addClassName("queue-grid");
        // A screen shows about twenty rows: pages of 25 rather than 50 halve the rows an open queue keeps in the
        // session and the rows each page reads.
        setPageSize(25);
        setSelectionMode(SelectionMode.MULTI);
        setId("review-queue");
        setEmptyStateText("Nothing in this queue.");
    }

    private Column<CaseSummary> width(String key, String width) {
        return getColumnByKey(key).setWidth(width);
    }

    private static LitRenderer<CaseSummary> badge(ValueProvider<CaseSummary, String> text,
            ValueProvider<CaseSummary, String> theme) {
        return LitRenderer.<CaseSummary>of("<span theme=\"${item.theme}\">${item.text}</span>")
                .withProperty("text", text).withProperty("theme", theme);
    }

    private static String slaText(CaseSummary c, Locale locale) {
        return c.slaState() == null || c.slaDueAt() == null ? "—"
                : c.slaState().label() + " · " + Formats.dateTime(c.slaDueAt(), locale);
    }

    private static String slaTheme(CaseSummary c) {
        if (c.slaState() == null || c.slaDueAt() == null) {
            return "";
        }
        return switch (c.slaState()) {
            case OVERDUE -> "badge error";
            case WARNING -> "badge";
            case PAUSED -> "badge contrast";
            default -> "badge success";
        };
    }
}
