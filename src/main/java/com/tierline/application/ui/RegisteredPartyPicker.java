package com.tierline.application.ui;

import com.tierline.party.service.PartyChoice;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Picks a consignee or end user from the registered-party directory: the party's name and country fill the typed
 * fields, and the pick is let go as soon as the exporter types another name (a typed name is then resolved, and
 * flagged if it matches a party under another spelling).
 */
final class RegisteredPartyPicker {

    private final ComboBox<PartyChoice> box;
    private final List<PartyChoice> choices = new ArrayList<>();

    RegisteredPartyPicker(String label, String id, String property, DraftFields fields, TextField name,
            ComboBox<CountryTier> country, List<CountryTier> countries) {
        box = new ComboBox<>(label);
        box.setId(id);
        box.setClearButtonVisible(true);
        box.setHelperText("Or type the name below");
        box.setItemLabelGenerator(p -> p.name() + " (" + countries.stream().filter(c -> c.iso2().equals(p.country()))
                .map(CountryTier::name).findFirst().orElse(p.country()) + ")");
        fields.binder().forField(box).withConverter(p -> p == null ? null : p.id(),
                partyId -> choices.stream().filter(p -> p.id().equals(partyId)).findFirst().orElse(null))
                .bind(property);
        fields.register(property, box);
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                name.setValue(e.getValue().name());
                country.setValue(countries.stream().filter(c -> c.iso2().equals(e.getValue().country())).findFirst()
                        .orElse(null));
            }
        });
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && box.getValue() != null && !Objects.equals(box.getValue().name(), e.getValue())) {
                box.clear();
            }
        });
    }

    ComboBox<PartyChoice> box() {
        return box;
    }

    void offer(List<PartyChoice> parties) {
        choices.clear();
        choices.addAll(parties);
        box.setItems(choices);
    }
}
