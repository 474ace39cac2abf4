package com.tierline.review.ui;

import com.tierline.review.service.ReviewRefusedException;
import com.tierline.review.service.SavedView;
import com.tierline.review.service.SavedViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Pick a saved view (own or shared by the team), or save the current queue and filters as one. */
class SavedViewsBar extends HorizontalLayout {

    private final SavedViews views;
    private final ComboBox<SavedView> picker = new ComboBox<>();

    /** {@code people}: a user name to "Ana Reviewer (reviewer1)", for the owner of a view shared by the team. */
    SavedViewsBar(SavedViews views, Supplier<SavedView> current, Consumer<SavedView> open,
            UnaryOperator<String> people) {
        this.views = views;
        picker.setPlaceholder("Saved views");
        picker.setItemLabelGenerator(v -> v.name() + (v.shared() ? " (shared by " + people.apply(v.owner()) + ")" : ""));
        picker.setId("saved-views");
        picker.setWidth("22em");
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open.accept(e.getValue());
            }
        });
        Button save = new Button("Save view…", e -> saveDialog(current.get()));
        save.setId("save-view");
        setAlignItems(Alignment.BASELINE);
        add(picker, save);
        refresh();
    }

    private void saveDialog(SavedView current) {
        TextField name = new TextField("Name");
        name.setId("saved-view-name");
        Checkbox shared = new Checkbox("Share with my team");
        shared.setId("saved-view-shared");
        Dialog dialog = new Dialog(new VerticalLayout(name, shared));
        dialog.setHeaderTitle("Save this queue and its filters");
        Button ok = new Button("Save", e -> {
            try {
                views.save(name.getValue(), current.queue(), current.filter(), shared.getValue());
                dialog.close();
                refresh();
                Notification.show("View \u201c" + name.getValue().trim() + "\u201d saved.");
            } catch (ReviewRefusedException refused) {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            }
        });
        ok.setId("saved-view-ok");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private void refresh() {
        picker.setItems(views.mine());
    }
}
