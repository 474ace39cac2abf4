package com.tierline.routing.service;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.CurrentUser;
import com.tierline.identity.service.Teams;
import com.tierline.routing.domain.DefaultTeamChoice;
import com.tierline.routing.domain.DefaultTeamChoiceRepository;
import com.tierline.routing.domain.RoutingRule;
import com.tierline.routing.domain.RoutingRuleRepository;
import com.tierline.shared.AuditableAction;
import com.tierline.shared.Refusal;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's routing rules and default team. Every change writes a new version row and an audit event;
 * nothing is updated in place, so the version that routed an old case is still there to show.
 */
@Service
@RolesAllowed(Role.ADMIN_)
public class RoutingRules {

    private final RoutingRuleRepository rules;
    private final DefaultTeamChoiceRepository defaults;
    private final DefaultTeam defaultTeam;
    private final RuleChecks checks;
    private final Teams teams;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoutingRules(RoutingRuleRepository rules, DefaultTeamChoiceRepository defaults, DefaultTeam defaultTeam,
            RuleChecks checks, Teams teams, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.defaults = defaults;
        this.defaultTeam = defaultTeam;
        this.checks = checks;
        this.teams = teams;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every rule's newest version, in the order they are tried (disabled ones included, marked so). */
    @Transactional(readOnly = true)
    public List<RuleView> rules() {
        return rules.current().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<Teams.TeamName> teams() {
        return teams.all();
    }

    @Transactional(readOnly = true)
    public Teams.TeamName defaultTeam() {
        String code = defaultTeam.code();
        return teams.byCode(code).orElse(new Teams.TeamName(code, code));
    }

    /** Adds a rule after the existing ones (so it is tried last); refused, per field, when its terms are wrong. */
    @Transactional
    public RuleView add(RuleTerms terms) {
        RuleTerms checked = checks.check(terms, null);
        int position = rules.current().stream().mapToInt(RoutingRule::getPosition).max().orElse(0) + 1;
        RoutingRule rule = write(new RoutingRule(UUID.randomUUID().toString(), 1, position, checked.name(),
                checked.countries(), checked.tiers(), names(checked), checked.restrictedPartyHit(),
                checked.teamCode(), true, currentUser.actorName(), clock.instant()));
        audit("routing.rule-added", rule);
        return view(rule);
    }

    /** Writes the rule's next version with new terms; {@code seenVersion} is the version the administrator edited. */
    @Transactional
    public RuleView change(String ruleKey, int seenVersion, RuleTerms terms) {
        RoutingRule current = current(ruleKey, seenVersion);
        RuleTerms checked = checks.check(terms, ruleKey);
        RoutingRule rule = write(new RoutingRule(ruleKey, current.getVersion() + 1, current.getPosition(),
                checked.name(), checked.countries(), checked.tiers(), names(checked), checked.restrictedPartyHit(),
                checked.teamCode(), current.isEnabled(), currentUser.actorName(), clock.instant()));
        audit("routing.rule-changed", rule);
        return view(rule);
    }

    /** Disables (no case is routed by it any more) or enables a rule, as its next version. */
    @Transactional
    public RuleView enable(String ruleKey, int seenVersion, boolean enabled) {
        RoutingRule current = current(ruleKey, seenVersion);
        RoutingRule rule = write(current.next(current.getPosition(), enabled, currentUser.actorName(),
                clock.instant()));
        audit(enabled ? "routing.rule-enabled" : "routing.rule-disabled", rule);
        return view(rule);
    }

    /** Swaps the rule with its neighbour above ({@code up}) or below; both get a new version with the new place. */
    @Transactional
    public void move(String ruleKey, int seenVersion, boolean up) {
        RoutingRule rule = current(ruleKey, seenVersion);
        List<RoutingRule> order = rules.current();
        int at = order.indexOf(order.stream().filter(r -> r.getRuleKey().equals(ruleKey)).findFirst().orElseThrow());
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= order.size()) {
            throw new RoutingRefusedException(List.of(Refusal.of("routing.cannot-move", "'" + rule.getName()
                    + "' is already " + (up ? "the first" : "the last") + " rule.")));
        }
        RoutingRule neighbour = order.get(other);
        Instant now = clock.instant();
        String by = currentUser.actorName();
        RoutingRule moved = write(rule.next(neighbour.getPosition(), rule.isEnabled(), by, now));
        write(neighbour.next(rule.getPosition(), neighbour.isEnabled(), by, now));
        audit("routing.rule-moved", moved, Map.of("position", String.valueOf(other + 1)));
    }

    /** Chooses the team that takes the cases no rule matches, from the next filing on. */
    @Transactional
    public void chooseDefaultTeam(String teamCode) {
        Teams.TeamName team = teams.byCode(teamCode).orElseThrow(() -> new RoutingRefusedException(List.of(
                new Refusal("routing.unknown-team", "defaultTeam", "Choose one of the teams as the default team."))));
        defaults.save(new DefaultTeamChoice(team.code(), currentUser.actorName(), clock.instant()));
        events.publishEvent(new AuditableAction(currentUser.actorName(), "routing.default-team-chosen", null,
                Map.of("team", team.name(), "teamCode", team.code())));
    }

    private RoutingRule current(String ruleKey, int seenVersion) {
        RoutingRule current = rules.findFirstByRuleKeyOrderByVersionDesc(ruleKey).orElseThrow(() ->
                new RoutingRefusedException(List.of(Refusal.of("routing.no-such-rule", "There is no such rule."))));
        if (current.getVersion() != seenVersion) {
            throw new RoutingRefusedException("'" + current.getName() + "' was changed by " + current.getChangedBy()
                    + " meanwhile; look at its new version and try again.");
        }
        return current;
    }

    /** Writes a version; two administrators writing the same rule's next version at once: the second is told. */
    private RoutingRule write(RoutingRule version) {
        try {
            return rules.saveAndFlush(version);
        } catch (DataIntegrityViolationException raced) {
            throw new RoutingRefusedException("'" + version.getName() + "' was changed by someone else at the same "
                    + "moment; look at its new version and try again.");
        }
    }

    private void audit(String action, RoutingRule rule) {
        audit(action, rule, Map.of());
    }

    private void audit(String action, RoutingRule rule, Map<String, String> extra) {
        RuleView view = view(rule);
        Map<String, Object> payload = new LinkedHashMap<>(extra);
        payload.put("rule", rule.getName());
        payload.put("version", rule.getVersion());
        payload.put("team", view.teamName());
        payload.put("conditions", view.conditions(Locale.UK));
        events.publishEvent(new AuditableAction(currentUser.actorName(), action, null, payload));
    }

    RuleView view(RoutingRule rule) {
        return new RuleView(rule.getRuleKey(), rule.getVersion(), rule.getPosition(), RuleChecks.terms(rule),
                teams.nameOf(rule.getTeamCode()), rule.isEnabled(), rule.getChangedBy(), rule.getChangedAt());
    }

    private static List<String> names(RuleTerms terms) {
        return terms.outcomes().stream().map(Enum::name).toList();
    }
}
