package com.tierline.party.ui;

import com.tierline.party.service.PartyDetails;
import com.tierline.party.service.PartyView;
import com.tierline.screening.domain.CountryTier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields of one registered party; errors from the directory land on the field they name. */
class PartyForm extends FormLayout {

    final TextField name = new TextField("Name");
    final TextArea aliases = new TextArea("Other names (one per line)");
    final ComboBox<CountryTier> country = new ComboBox<>("Country");
    final ComboBox<CountryTier> headquarters = new ComboBox<>("Headquarters (if not the country)");
    final TextField parentName = new TextField("Ultimate parent");
    final ComboBox<CountryTier> parentCountry = new ComboBox<>("Ultimate parent's country");
    final ComboBox<PartyView> parentParty = new ComboBox<>("Or the ultimate parent is the registered party");
    final TextField lei = new TextField("Legal Entity Identifier (LEI)");
    private final List<CountryTier> countries;

    PartyForm(List<CountryTier> countries) {
        this.countries = countries;
        name.setId("party-name");
        aliases.setId("party-aliases");
        country.setId("party-country");
        headquarters.setId("party-headquarters");
        parentName.setId("party-parent-name");
        parentCountry.setId("party-parent-country");
        parentParty.setId("party-parent-party");
        lei.setId("party-lei");
        lei.setHelperText("Optional; 20 characters, ISO 17442");
        for (ComboBox<CountryTier> box : List.of(country, headquarters, parentCountry)) {
            box.setItems(countries);
            box.setItemLabelGenerator(c -> c.name() + " (" + c.iso2() + ")");
            box.setClearButtonVisible(true);
        }
        parentParty.setItemLabelGenerator(PartyView::name);
        parentParty.setClearButtonVisible(true);
        add(name, country, aliases, headquarters, parentName, parentCountry, parentParty, lei);
        setColspan(aliases, 1);
    }

    void parents(List<PartyView> candidates) {
        parentParty.setItems(candidates);
    }

    void show(PartyView p, List<PartyView> all) {
        clearErrors();
        name.setValue(p == null ? "" : p.name());
        aliases.setValue(p == null ? "" : String.join("\n", p.aliases()));
        country.setValue(p == null ? null : byCode(p.country()));
        headquarters.setValue(p == null ? null : byCode(p.headquartersCountry()));
        parentName.setValue(p == null || p.parentName() == null ? "" : p.parentName());
        parentCountry.setValue(p == null ? null : byCode(p.parentCountry()));
        parentParty.setValue(p == null || p.parentPartyId() == null ? null
                : all.stream().filter(o -> o.id().equals(p.parentPartyId())).findFirst().orElse(null));
        lei.setValue(p == null || p.lei() == null ? "" : p.lei());
    }

    PartyDetails details() {
        return new PartyDetails(name.getValue(), Arrays.asList(aliases.getValue().split("\\R")),
                code(country), code(headquarters), parentName.getValue(), code(parentCountry),
                parentParty.getValue() == null ? null : parentParty.getValue().id(), lei.getValue());
    }

    /** Marks each field the directory refused with its message; answers whether any was shown here. */
    boolean showErrors(Map<String, String> errors) {
        clearErrors();
        Map<String, HasValidation> fields = Map.of("name", name, "aliases", aliases, "country", country,
                "headquartersCountry", headquarters, "parentName", parentName, "parentCountry", parentCountry,
                "parentPartyId", parentParty, "lei", lei);
        errors.forEach((field, message) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            }
        });
        return errors.keySet().stream().anyMatch(fields::containsKey);
    }

    private void clearErrors() {
        List.<HasValidation>of(name, aliases, country, headquarters, parentName, parentCountry, parentParty, lei)
                .forEach(f -> f.setInvalid(false));
    }

    private CountryTier byCode(String code) {
        return code == null ? null : countries.stream().filter(c -> Objects.equals(c.iso2(), code)).findFirst()
                .orElse(null);
    }

    private static String code(ComboBox<CountryTier> box) {
        return box.getValue() == null ? null : box.getValue().iso2();
    }
}
