package com.tierline.audit.ui;

import com.tierline.application.domain.ApplicationStatus;
import com.tierline.application.domain.Decision;
import com.tierline.audit.service.CaseSearch;
import com.tierline.screening.domain.CountryTier;
import com.tierline.application.ui.CountryPicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/** The case search's fields; any change re-runs the search in the database. */
class CaseSearchFilters extends HorizontalLayout {

    private final TextField reference = text("Reference", "search-reference");
    private final TextField organisation = text("Exporter", "search-organisation");
    private final CountryPicker destination = new CountryPicker(null);
    private final MultiSelectComboBox<ApplicationStatus> status = new MultiSelectComboBox<>();
    private final ComboBox<Decision> decision = new ComboBox<>();
    private final TextField reviewer = text("Reviewer (user name)", "search-reviewer");
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    CaseSearchFilters(List<CountryTier> countries, Runnable onChange) {
        reference.setPrefixComponent(VaadinIcon.SEARCH.create());
        destination.setPlaceholder("Destination");
        destination.offer(countries);
        destination.setId("search-destination");
        status.setPlaceholder("Status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(ApplicationStatus::label);
        status.setId("search-status");
        decision.setPlaceholder("Decision");
        decision.setItems(Decision.values());
        decision.setItemLabelGenerator(Decision::label);
        decision.setClearButtonVisible(true);
        decision.setId("search-decision");
        from.setPlaceholder("Submitted from");
        from.setId("search-from");
        to.setPlaceholder("Submitted to");
        to.setId("search-to");
        List.of(reference, organisation, reviewer).forEach(f -> f.addValueChangeListener(e -> onChange.run()));
        destination.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        decision.addValueChangeListener(e -> onChange.run());
        from.addValueChangeListener(e -> onChange.run());
        to.addValueChangeListener(e -> onChange.run());
        setWrap(true);
        add(reference, organisation, destination, status, decision, reviewer, from, to);
    }

    CaseSearch search() {
        return new CaseSearch(reference.getValue(), organisation.getValue(),
                destination.getValue() == null ? null : destination.getValue().iso2(), status.getSelectedItems(),
                decision.getValue(), reviewer.getValue(), from.getValue(), to.getValue());
    }

    private static TextField text(String placeholder, String id) {
        TextField field = new TextField();
        field.setPlaceholder(placeholder);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setClearButtonVisible(true);
        field.setId(id);
        return field;
    }
}
