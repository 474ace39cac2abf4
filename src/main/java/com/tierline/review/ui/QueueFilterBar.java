package com.tierline.review.ui;

import com.tierline.application.domain.SlaState;
import com.tierline.application.ui.CountryPicker;
import com.tierline.review.service.QueueFilter;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/** Queue filters: destination, tier, outcome, SLA state, submitted between. Fires the whole filter on change. */
class QueueFilterBar extends HorizontalLayout {

    /** Picked by name, as everywhere else, rather than typed as a code. */
    private final CountryPicker destination = new CountryPicker("Destination");
    private final Select<Integer> tier = new Select<>();
    private final ComboBox<String> outcome = new ComboBox<>("Outcome");
    private final ComboBox<SlaState> sla = new ComboBox<>("SLA");
    private final DatePicker from = new DatePicker("Submitted from");
    private final DatePicker to = new DatePicker("to");
    private final com.vaadin.flow.component.checkbox.Checkbox partyHits =
            new com.vaadin.flow.component.checkbox.Checkbox("Restricted-party match");

    QueueFilterBar(List<CountryTier> countries, Consumer<QueueFilter> onChange) {
        destination.offer(countries);
        destination.setPlaceholder("Any destination");
        // Narrower than the picker elsewhere, so the filters stay on one line at 1366 px; the list opens wide.
        destination.setWidth("12rem");
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
        // Wide enough for "Dec 14, 2026" and the picker's icon, so both dates stay on the line with the rest.
        from.setWidth("9.5rem");
        to.setWidth("9.5rem");
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
        destination.setValue(f.destination() == null ? null : destination.getListDataView().getItems()
                .filter(c -> c.iso2().equals(f.destination())).findFirst().orElse(null));
        tier.setValue(f.tier());
        outcome.setValue(f.outcome());
        sla.setValue(f.slaState());
        from.setValue(f.submittedFrom());
        to.setValue(f.submittedTo());
        partyHits.setValue(Boolean.TRUE.equals(f.restrictedPartyHit()));
    }

    QueueFilter filter() {
        return new QueueFilter(destination.getValue() == null ? null : destination.getValue().iso2(), tier.getValue(),
                outcome.getValue(), sla.getValue(), from.getValue(), to.getValue(),
                partyHits.getValue() ? Boolean.TRUE : null);
    }
}
