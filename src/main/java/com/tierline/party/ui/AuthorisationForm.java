package com.tierline.party.ui;

import com.tierline.party.domain.VeuKind;
import com.tierline.party.service.AuthorisationDetails;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;

/** A new VEU authorisation for the selected party (RULES.md §3.2). */
class AuthorisationForm extends FormLayout {

    final TextField number = new TextField("Authorisation number");
    final Select<VeuKind> kind = new Select<>();
    final ComboBox<CountryTier> destination = new ComboBox<>("Destination (national VEU only)");
    final DatePicker validFrom = new DatePicker("Valid from");
    final DatePicker validUntil = new DatePicker("Valid until (inclusive; empty if open)");
    final BigDecimalField fleetTotal = new BigDecimalField("Fleet total (TPP)");
    final BigDecimalField fleetTier1 = new BigDecimalField("Fleet in Tier 1 countries (TPP)");
    final BigDecimalField fleetUs = new BigDecimalField("Fleet in the United States (TPP)");
    final BigDecimalField fleetDestination = new BigDecimalField("Fleet in the destination (TPP)");

    AuthorisationForm(List<CountryTier> countries) {
        kind.setLabel("Kind");
        kind.setItems(VeuKind.values());
        kind.setItemLabelGenerator(VeuKind::label);
        destination.setItems(countries);
        destination.setItemLabelGenerator(c -> c.name() + " (" + c.iso2() + ")");
        destination.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> {
            boolean universal = e.getValue() == VeuKind.UVEU;
            destination.setEnabled(!universal);
            List.of(fleetTotal, fleetTier1, fleetUs, fleetDestination).forEach(f -> f.setEnabled(universal));
        });
        number.setId("veu-number");
        kind.setId("veu-kind");
        destination.setId("veu-destination");
        validFrom.setId("veu-valid-from");
        validUntil.setId("veu-valid-until");
        fleetTotal.setId("veu-fleet-total");
        fleetTier1.setId("veu-fleet-tier1");
        fleetUs.setId("veu-fleet-us");
        fleetDestination.setId("veu-fleet-destination");
        add(number, kind, destination, validFrom, validUntil, fleetTotal, fleetTier1, fleetUs, fleetDestination);
    }

    AuthorisationDetails details() {
        return new AuthorisationDetails(number.getValue(), kind.getValue(),
                destination.getValue() == null || kind.getValue() == VeuKind.UVEU ? null
                        : destination.getValue().iso2(),
                validFrom.getValue(), validUntil.getValue(), fleet(fleetTotal), fleet(fleetTier1), fleet(fleetUs),
                fleet(fleetDestination));
    }

    private java.math.BigDecimal fleet(BigDecimalField f) {
        return kind.getValue() == VeuKind.UVEU ? f.getValue() : null;
    }

    void clear() {
        number.clear();
        kind.clear();
        destination.clear();
        validFrom.clear();
        validUntil.clear();
        List.of(fleetTotal, fleetTier1, fleetUs, fleetDestination).forEach(BigDecimalField::clear);
        showErrors(Map.of());
    }

    void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = Map.of("number", number, "kind", kind, "destinationCountry", destination,
                "validFrom", validFrom, "validUntil", validUntil, "fleetTotalTpp", fleetTotal,
                "fleetTier1Tpp", fleetTier1, "fleetUsTpp", fleetUs, "fleetInDestinationTpp", fleetDestination);
        fields.values().forEach(f -> f.setInvalid(false));
        errors.forEach((field, message) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            }
        });
    }
}
