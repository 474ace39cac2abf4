package com.tierline.administration.ui;

import com.tierline.identity.service.Teams.TeamName;
import com.tierline.routing.service.RoutingRefusedException;
import com.tierline.routing.service.RuleTerms;
import com.tierline.routing.service.RuleView;
import com.tierline.screening.domain.CountryTier;
import com.tierline.screening.domain.Outcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The terms of one routing rule, for adding or editing: name, destinations, tiers, outcomes, restricted-party hit,
 * team. A refusal is shown at the field it names; an empty condition means "any".
 */
class RoutingRuleForm extends FormLayout {

    static final String EITHER = "Either";
    static final String WITH_HIT = "Only with a restricted-party hit";
    static final String WITHOUT_HIT = "Only without a restricted-party hit";

    final TextField name = new TextField("Name");
    final MultiSelectComboBox<String> countries = new MultiSelectComboBox<>("Destinations (any when empty)");
    final CheckboxGroup<Integer> tiers = new CheckboxGroup<>("Destination tier (any when none ticked)");
    final CheckboxGroup<Outcome> outcomes = new CheckboxGroup<>("Pre-screen outcome (any when none ticked)");
    final RadioButtonGroup<String> hit = new RadioButtonGroup<>("Restricted-party screening");
    final ComboBox<TeamName> team = new ComboBox<>("Send matching cases to");
    private final Map<String, Component> fields;

    RoutingRuleForm(List<CountryTier> destinations, List<TeamName> teams) {
        Map<String, String> names = destinations.stream().collect(Collectors.toMap(CountryTier::iso2,
                c -> c.name() + " (" + c.iso2() + ")"));
        name.setId("rule-name");
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        countries.setId("rule-countries");
        countries.setItems(destinations.stream().map(CountryTier::iso2).toList());
        countries.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        tiers.setId("rule-tiers");
        tiers.setItems(1, 2, 3);
        tiers.setItemLabelGenerator(t -> "Tier " + t);
        outcomes.setId("rule-outcomes");
        outcomes.setItems(Outcome.LICENCE_REQUIRED, Outcome.PRESUMPTION_OF_DENIAL);
        outcomes.setItemLabelGenerator(Outcome::label);
        hit.setId("rule-hit");
        hit.setItems(EITHER, WITH_HIT, WITHOUT_HIT);
        team.setId("rule-team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamName::name);
        team.setRequiredIndicatorVisible(true);
        add(name, team, countries, tiers, outcomes, hit);
        setColspan(countries, 2);
        fields = Map.of("name", name, "countries", countries, "tiers", tiers, "outcomes", outcomes, "teamCode",
                team);
        clear();
    }

    void clear() {
        name.clear();
        countries.clear();
        tiers.clear();
        outcomes.clear();
        hit.setValue(EITHER);
        team.clear();
        clearErrors();
    }

    void show(RuleView rule) {
        RuleTerms t = rule.terms();
        name.setValue(t.name());
        countries.setValue(new LinkedHashSet<>(t.countries()));
        tiers.setValue(Set.copyOf(t.tiers()));
        outcomes.setValue(Set.copyOf(t.outcomes()));
        hit.setValue(t.restrictedPartyHit() == null ? EITHER : t.restrictedPartyHit() ? WITH_HIT : WITHOUT_HIT);
        team.getListDataView().getItems().filter(tn -> tn.code().equals(t.teamCode())).findFirst()
                .ifPresent(team::setValue);
        clearErrors();
    }

    RuleTerms terms() {
        return new RuleTerms(name.getValue(), countries.getValue().stream().sorted().toList(),
                tiers.getValue().stream().sorted().toList(),
                outcomes.getValue().stream().sorted().toList(),
                WITH_HIT.equals(hit.getValue()) ? Boolean.TRUE : WITHOUT_HIT.equals(hit.getValue()) ? Boolean.FALSE
                        : null, team.getValue() == null ? null : team.getValue().code());
    }

    /** Puts each reason at its field; returns the reasons no field shows (for a notification). */
    List<String> showRefusal(RoutingRefusedException refused) {
        clearErrors();
        return refused.refusals().stream().filter(r -> {
            Component field = r.field() == null ? null : fields.get(r.field());
            if (field instanceof HasValidation v) {
                v.setErrorMessage(r.message());
                v.setInvalid(true);
                return false;
            }
            return true;
        }).map(r -> r.message()).filter(Objects::nonNull).toList();
    }

    private void clearErrors() {
        fields.values().forEach(f -> ((HasValidation) f).setInvalid(false));
    }
}
