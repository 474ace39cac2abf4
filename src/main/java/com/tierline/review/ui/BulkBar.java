package com.tierline.review.ui;

import com.tierline.review.service.BulkResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Claim, release or reassign the selected cases; afterwards each case's result is listed. */
class BulkBar extends HorizontalLayout {

    BulkBar(Supplier<List<String>> selected, Function<List<String>, List<BulkResult>> claim,
            Function<List<String>, List<BulkResult>> release,
            BiFunction<List<String>, String, List<BulkResult>> reassign, List<String> teamMembers, Runnable after) {
        ComboBox<String> to = new ComboBox<>();
        to.setPlaceholder("Reassign to…");
        to.setItems(teamMembers);
        to.setId("bulk-reassign-to");
        Button claimAll = new Button("Claim selected", e -> report(claim.apply(selected.get()), after));
        claimAll.setId("bulk-claim");
        Button releaseAll = new Button("Release selected", e -> report(release.apply(selected.get()), after));
        releaseAll.setId("bulk-release");
        Button reassignAll = new Button("Reassign selected", e -> {
            if (to.getValue() != null) {
                report(reassign.apply(selected.get(), to.getValue()), after);
            } else {
                to.setInvalid(true);
                to.setErrorMessage("Choose whom to reassign to");
            }
        });
        reassignAll.setId("bulk-reassign");
        setAlignItems(Alignment.BASELINE);
        add(claimAll, releaseAll, to, reassignAll);
    }

    private static void report(List<BulkResult> results, Runnable after) {
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
