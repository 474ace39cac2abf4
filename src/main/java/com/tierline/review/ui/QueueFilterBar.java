package com.tierline.review.ui;

import com.tierline.application.domain.SlaState;
import com.tierline.application.ui.CountryPicker;
import com.tierline.review.service.QueueFilter;
import com.tierline.screening.domain.CountryTier;
import com.tierline.shared.Formats;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
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
    /** Says so when a saved view names a destination the current rule set no longer offers. */
    private final Span destinationGone = new Span();
    private final Consumer<QueueFilter> onChange;
    /** While a saved view is applied field by field, only its whole filter is fired, once. */
    private boolean applying;

    QueueFilterBar(List<CountryTier> countries, Consumer<QueueFilter> onChange) {
        this.onChange = onChange;
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
        Runnable fire = () -> {
            if (!applying) {
                onChange.accept(filter());
            }
        };
        destination.addValueChangeListener(e -> {
            destinationGone.setVisible(false);
            fire.run();
        });
        tier.addValueChangeListener(e -> fire.run());
        outcome.addValueChangeListener(e -> fire.run());
        sla.addValueChangeListener(e -> fire.run());
        from.addValueChangeListener(e -> fire.run());
        to.addValueChangeListener(e -> fire.run());
        partyHits.setId("filter-party-hit");
        partyHits.addValueChangeListener(e -> fire.run());
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        destinationGone.setId("filter-destination-gone");
        destinationGone.getElement().getThemeList().add("badge contrast");
        // A badge is one line high; this is a sentence that may wrap, so it gets a sentence's line height.
        destinationGone.getStyle().set("line-height", "var(--lumo-line-height-s)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        destinationGone.setWidthFull();
        destinationGone.setVisible(false);
        add(destination, tier, outcome, sla, from, to, partyHits, destinationGone);
    }

    /**
     * Shows a saved filter and fires it once, whole. A destination the picker no longer offers cannot be shown or
     * picked, so the rest of the filter is applied without it and the bar says which destination was left out.
     */
    void apply(QueueFilter f) {
        CountryTier offered = f.destination() == null ? null : destination.getListDataView().getItems()
                .filter(c -> c.iso2().equals(f.destination())).findFirst().orElse(null);
        applying = true;
        try {
            destination.setValue(offered);
            tier.setValue(f.tier());
            outcome.setValue(f.outcome());
            sla.setValue(f.slaState());
            from.setValue(f.submittedFrom());
            to.setValue(f.submittedTo());
            partyHits.setValue(Boolean.TRUE.equals(f.restrictedPartyHit()));
        } finally {
            applying = false;
        }
        boolean gone = f.destination() != null && offered == null;
        destinationGone.setText(gone ? "This view filters on " + Formats.country(f.destination(), getLocale())
                + ", a destination no longer offered, so its other filters are applied without it. Pick a "
                + "destination and save the view again to replace it." : "");
        destinationGone.setVisible(gone);
        onChange.accept(filter());
    }

    QueueFilter filter() {
        return new QueueFilter(destination.getValue() == null ? null : destination.getValue().iso2(), tier.getValue(),
                outcome.getValue(), sla.getValue(), from.getValue(), to.getValue(),
                partyHits.getValue() ? Boolean.TRUE : null);
    }
}
