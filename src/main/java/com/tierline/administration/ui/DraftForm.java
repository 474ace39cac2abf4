package com.tierline.administration.ui;

import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.tierline.application.ui.CountryPicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects a new draft: name, effective date, description and the destinations to move between tiers. */
class DraftForm extends VerticalLayout {

    record DraftRequest(String version, LocalDate effectiveFrom, Map<String, Integer> tierChanges,
            Map<String, String> thresholdChanges, String description) {
    }

    private final TextField version = new TextField("New version");
    private final DatePicker effectiveFrom = new DatePicker("Effective from");
    private final TextField description = new TextField("Description");
    private final CountryPicker country = new CountryPicker("Destination");
    private final Select<Integer> tier = new Select<>();
    private final Map<String, Integer> changes = new LinkedHashMap<>();
    private final Span changeList = new Span("No destination moved yet.");
    private final TextArea thresholds = new TextArea("Threshold corrections");

    DraftForm(List<CountryTier> destinations) {
        setPadding(false);
        version.setId("draft-version");
        version.setPlaceholder("e.g. 2026-03-01");
        effectiveFrom.setId("draft-effective-from");
        description.setId("draft-description");
        description.setWidthFull();
        country.offer(destinations);
        country.setItemLabelGenerator(c -> c.name() + " (" + c.iso2() + ", now Tier " + c.tier() + ")");
        country.setId("draft-country");
        tier.setLabel("Move to tier");
        tier.setItems(1, 2, 3);
        tier.setId("draft-tier");
        Button addChange = new Button("Add move", e -> {
            if (country.getValue() != null && tier.getValue() != null) {
                changes.put(country.getValue().iso2(), tier.getValue());
                changeList.setText(changes.entrySet().stream().map(c -> c.getKey() + " → Tier " + c.getValue())
                        .collect(Collectors.joining(", ")));
            }
        });
        addChange.setId("draft-add-move");
        thresholds.setId("draft-thresholds");
        thresholds.setWidthFull();
        thresholds.setPlaceholder("lpp-annual-limit-tpp=26900000");
        thresholds.setHelperText("One per line, named as in ruleset.properties; leave empty to keep every value.");
        Button create = new Button("Create draft", e -> fireEvent(new CreateEvent(this, new DraftRequest(
                version.getValue().trim(), effectiveFrom.getValue(), Map.copyOf(changes), parse(thresholds.getValue()),
                description.getValue()))));
        create.setId("draft-create");
        FormLayout basics = new FormLayout(version, effectiveFrom, description);
        basics.setColspan(description, 2);
        HorizontalLayout move = new HorizontalLayout(country, tier, addChange);
        move.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(basics, move, changeList, thresholds, create);
    }

    private static Map<String, String> parse(String lines) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            if (!line.isBlank()) {
                int eq = line.indexOf('=');
                parsed.put(eq < 0 ? line.trim() : line.substring(0, eq).trim(), eq < 0 ? "" : line.substring(eq + 1));
            }
        }
        return parsed;
    }

    static class CreateEvent extends ComponentEvent<DraftForm> {
        private final DraftRequest request;

        CreateEvent(DraftForm source, DraftRequest request) {
            super(source, false);
            this.request = request;
        }

        DraftRequest request() {
            return request;
        }
    }

    void addCreateListener(ComponentEventListener<CreateEvent> listener) {
        addListener(CreateEvent.class, listener);
    }
}
