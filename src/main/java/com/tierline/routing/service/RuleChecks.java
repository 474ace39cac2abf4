package com.tierline.routing.service;

import com.tierline.identity.service.Teams;
import com.tierline.routing.domain.RoutingRule;
import com.tierline.routing.domain.RoutingRuleRepository;
import com.tierline.screening.domain.Outcome;
import com.tierline.screening.service.RuleSetCatalog;
import com.tierline.shared.PlainText;
import com.tierline.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a rule's terms must be before a version is written, each problem at its field: a name of its own, country
 * codes the rule set knows, tiers 1 to 3, outcomes that reach a team, at least one condition, an existing team.
 */
@Component
class RuleChecks {

    static final int NAME_LENGTH = 100;

    private final RoutingRuleRepository rules;
    private final RuleSetCatalog ruleSets;
    private final Teams teams;

    RuleChecks(RoutingRuleRepository rules, RuleSetCatalog ruleSets, Teams teams) {
        this.rules = rules;
        this.ruleSets = ruleSets;
        this.teams = teams;
    }

    /** The terms tidied (trimmed, codes upper-case, no repeats), or a refusal naming every wrong field. */
    RuleTerms check(RuleTerms terms, String ownKey) {
        List<Refusal> refusals = new ArrayList<>();
        String name = terms.name() == null ? "" : terms.name().trim();
        if (name.isEmpty()) {
            refusals.add(new Refusal("routing.name-missing", "name", "Give the rule a name."));
        } else if (name.length() > NAME_LENGTH) {
            refusals.add(new Refusal("routing.name-too-long", "name", "Keep the name to " + NAME_LENGTH
                    + " characters (it has " + name.length() + ")."));
        } else {
            PlainText.problem(name, false).ifPresent(p -> refusals.add(new Refusal("routing.name-not-plain-text",
                    "name", p)));
            boolean taken = rules.current().stream().anyMatch(r -> !r.getRuleKey().equals(ownKey)
                    && r.getName().equalsIgnoreCase(name));
            if (taken) {
                refusals.add(new Refusal("routing.name-taken", "name", "Another rule is already called '" + name
                        + "'; give this one a name of its own."));
            }
        }
        List<String> countries = terms.countries().stream().map(c -> c == null ? "" : c.trim()
                .toUpperCase(Locale.ROOT)).distinct().toList();
        List<String> unknown = countries.stream().filter(c -> ruleSets.current().country(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            refusals.add(new Refusal("routing.unknown-country", "countries", "Not a country of the rule set in "
                    + "force: " + String.join(", ", unknown) + ". Use two-letter ISO codes such as AE."));
        }
        List<Integer> tiers = terms.tiers().stream().distinct().sorted().toList();
        if (tiers.stream().anyMatch(t -> t == null || t < 1 || t > 3)) {
            refusals.add(new Refusal("routing.unknown-tier", "tiers", "A tier is 1, 2 or 3."));
        }
        List<Outcome> outcomes = terms.outcomes().stream().distinct().toList();
        if (outcomes.stream().anyMatch(o -> o == null || o.authorised())) {
            refusals.add(new Refusal("routing.outcome-never-reviewed", "outcomes", "Only cases whose pre-screen "
                    + "says \"Licence required\" or \"Presumption of denial\" go to a team; authorised ones end "
                    + "at once."));
        }
        RuleTerms tidy = new RuleTerms(name, countries, tiers, outcomes, terms.restrictedPartyHit(),
                terms.teamCode());
        if (!tidy.hasCondition()) {
            refusals.add(new Refusal("routing.no-condition", "countries", "Give at least one condition (destination, "
                    + "tier, outcome or restricted-party hit): the default team already takes every case no rule "
                    + "matches."));
        }
        if (teams.byCode(terms.teamCode()).isEmpty()) {
            refusals.add(new Refusal("routing.unknown-team", "teamCode", terms.teamCode() == null
                    || terms.teamCode().isBlank() ? "Choose the team this rule sends cases to."
                    : "There is no team '" + terms.teamCode() + "'; choose one of the teams."));
        }
        if (!refusals.isEmpty()) {
            throw new RoutingRefusedException(refusals);
        }
        return tidy;
    }

    static RuleTerms terms(RoutingRule rule) {
        return new RuleTerms(rule.getName(), rule.getCountries(), rule.getTiers(),
                rule.getOutcomes().stream().map(Outcome::valueOf).toList(), rule.getRestrictedPartyHit(),
                rule.getTeamCode());
    }
}
