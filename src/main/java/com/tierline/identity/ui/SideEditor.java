package com.tierline.identity.ui;

import com.tierline.shared.RefusedException;
import com.tierline.shared.ui.FieldRefusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;

/**
 * The frame of an administrator's editing form beside its grid: a title, one column of fields, a row of buttons,
 * hidden until a row is chosen, each refusal shown at its field. Subclasses add the fields and fire the events.
 */
abstract class SideEditor extends VerticalLayout {

    protected final H3 title = new H3();
    private final FieldRefusals refusals = new FieldRefusals();
    private Consumer<Boolean> visibility = open -> { };

    SideEditor(String id, String width) {
        setId(id);
        setWidth(width);
    }

    protected void field(String name, HasValidation field) {
        refusals.field(name, field);
    }

    protected void lay(FormLayout form, Component... buttons) {
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(title, form, new HorizontalLayout(buttons));
        setHeightFull();
        // The form scrolls on its own, so the grid beside it keeps the whole window's height.
        getStyle().set("overflow", "auto");
        setVisible(false);
    }

    /** The view hides the grid columns the open form shows anyway, so the grid needs no sideways scrolling. */
    void onVisibility(Consumer<Boolean> listener) {
        this.visibility = listener;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        visibility.accept(visible);
    }

    /** Each reason at its field; one about no field of this form in a notification. */
    void show(RefusedException refused) {
        refusals.show(refused);
    }

    protected void clearRefusals() {
        refusals.clear();
    }
}
