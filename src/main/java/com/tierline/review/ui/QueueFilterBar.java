package com.tierline.review.ui;

import com.tierline.application.domain.SlaState;
import com.tierline.review.service.QueueFilter;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Queue filters: destination, tier, outcome, SLA state, submitted between. Fires the whole filter on change. */
class QueueFilterBar extends HorizontalLayout {

    private final TextField destination = new TextField("Destination");
    private final Select<Integer> tier = new Select<>();
    private final ComboBox<String> outcome = new ComboBox<>("Outcome");
    private final ComboBox<SlaState> sla = new ComboBox<>("SLA");
    private final DatePicker from = new DatePicker("Submitted from");
    private final DatePicker to = new DatePicker("to");
    private final com.vaadin.flow.component.checkbox.Checkbox partyHits =
            new com.vaadin.flow.component.checkbox.Checkbox("Restricted-party match");

    QueueFilterBar(Consumer<QueueFilter> onChange) {
        destination.setPlaceholder("AE");
        destination.setMaxLength(2);
        destination.setWidth("7em");
        destination.setValueChangeMode(ValueChangeMode.LAZY);
        destination.setId("filter-destination");
        tier.setLabel("Tier");
        tier.setItems(1, 2, 3);
        tier.setEmptySelectionAllowed(true);
        tier.setWidth("6em");
        tier.setId("filter-tier");
        outcome.setItems("LICENCE_REQUIRED", "PRESUMPTION_OF_DENIAL");
        outcome.setItemLabelGenerator(o -> com.tierline.screening.domain.Outcome.valueOf(o).label());
        outcome.setClearButtonVisible(true);
        outcome.setId("filter-outcome");
        sla.setItems(SlaState.values());
        sla.setItemLabelGenerator(SlaState::label);
        sla.setClearButtonVisible(true);
        sla.setId("filter-sla");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Runnable fire = () -> onChange.accept(filter());
        destination.addValueChangeListener(e -> fire.run());
        tier.addValueChangeListener(e -> fire.run());
        outcome.addValueChangeListener(e -> fire.run());
        sla.addValueChangeListener(e -> fire.run());
        from.addValueChangeListener(e -> fire.run());
        to.addValueChangeListener(e -> fire.run());
        partyHits.setId("filter-party-hit");
        partyHits.addValueChangeListener(e -> fire.run());
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        add(destination, tier, outcome, sla, from, to, partyHits);
    }

    /** Shows a saved filter (firing one change per field, the last with the whole filter). */
    void apply(QueueFilter f) {
        destination.setValue(f.destination() == null ? "" : f.destination());
        tier.setValue(f.tier());
        outcome.setValue(f.outcome());
        sla.setValue(f.slaState());
        from.setValue(f.submittedFrom());
        to.setValue(f.submittedTo());
        partyHits.setValue(Boolean.TRUE.equals(f.restrictedPartyHit()));
    }

    QueueFilter filter() {
        String d = destination.getValue().trim().toUpperCase();
        return new QueueFilter(d.isEmpty() ? null : d, tier.getValue(), outcome.getValue(), sla.getValue(),
                from.getValue(), to.getValue(), partyHits.getValue() ? Boolean.TRUE : null);
    }
}
