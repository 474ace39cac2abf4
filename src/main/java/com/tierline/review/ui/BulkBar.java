package com.tierline.review.ui;

import com.tierline.review.service.BulkResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Claim, release or reassign the selected cases; afterwards each case's result is listed. Shown only while cases
 * are selected, and made on the first selection: most queue visits select nothing, and then neither the screen
 * height nor the session's memory goes to four controls and the team's names.
 */
class BulkBar extends HorizontalLayout {

    private final Supplier<List<String>> selected;
    private final Function<List<String>, List<BulkResult>> claim;
    private final Function<List<String>, List<BulkResult>> release;
    private final BiFunction<List<String>, String, List<BulkResult>> reassign;
    private final Supplier<List<String>> teamMembers;
    private final Runnable after;
    private final Span count = new Span();

    BulkBar(Supplier<List<String>> selected, Function<List<String>, List<BulkResult>> claim,
            Function<List<String>, List<BulkResult>> release,
            BiFunction<List<String>, String, List<BulkResult>> reassign, Supplier<List<String>> teamMembers,
            Runnable after) {
        this.selected = selected;
        this.claim = claim;
        this.release = release;
        this.reassign = reassign;
        this.teamMembers = teamMembers;
        this.after = after;
        count.setId("bulk-count");
        setAlignItems(Alignment.BASELINE);
        setVisible(false);
    }

    /** Follows the grid's selection. */
    void selectionChanged(int selectedCases) {
        if (selectedCases > 0 && getComponentCount() == 0) {
            build();
        }
        count.setText(selectedCases == 1 ? "1 case selected" : selectedCases + " cases selected");
        setVisible(selectedCases > 0);
    }

    private void build() {
        ComboBox<String> to = new ComboBox<>();
        to.setPlaceholder("Reassign to…");
        to.setItems(teamMembers.get());
        to.setId("bulk-reassign-to");
        Button claimAll = new Button("Claim selected", e -> report(claim.apply(selected.get())));
        claimAll.setId("bulk-claim");
        Button releaseAll = new Button("Release selected", e -> report(release.apply(selected.get())));
        releaseAll.setId("bulk-release");
        Button reassignAll = new Button("Reassign selected", e -> {
            if (to.getValue() != null) {
                report(reassign.apply(selected.get(), to.getValue()));
            } else {
                to.setInvalid(true);
                to.setErrorMessage("Choose whom to reassign to");
            }
        });
        reassignAll.setId("bulk-reassign");
        add(count, claimAll, releaseAll, to, reassignAll);
    }

    private void report(List<BulkResult> results) {
        Grid<BulkResult> grid = new Grid<>(BulkResult.class, false);
        grid.addColumn(BulkResult::reference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(r -> r.done() ? "Done" : "Refused").setHeader("Result").setAutoWidth(true);
        grid.addColumn(BulkResult::message).setHeader("Detail").setFlexGrow(3);
        grid.setItems(results);
        grid.setAllRowsVisible(true);
        grid.setId("bulk-results");
        Dialog dialog = new Dialog(grid);
        dialog.setHeaderTitle(results.stream().filter(BulkResult::done).count() + " of " + results.size() + " done");
        dialog.setWidth("720px");
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
        after.run();
    }
}
