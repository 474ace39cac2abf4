package com.tierline.routing.service;

import com.tierline.identity.domain.Role;
import com.tierline.identity.service.Teams;
import com.tierline.routing.domain.CaseRouting;
import com.tierline.routing.domain.CaseRoutingRepository;
import com.tierline.routing.domain.RoutingRule;
import com.tierline.routing.domain.RoutingRuleRepository;
import com.tierline.shared.AuditableAction;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a pre-screened case: the enabled rules in their order, the first that matches sends the case to its team,
 * else the default team. Each routing is kept as a row and in the audit chain, in the filing's own transaction.
 */
@Service
public class CaseRouter {

    private final RoutingRuleRepository rules;
    private final CaseRoutingRepository routings;
    private final DefaultTeam defaultTeam;
    private final Teams teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseRouter(RoutingRuleRepository rules, CaseRoutingRepository routings, DefaultTeam defaultTeam, Teams teams,
            ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.routings = routings;
        this.defaultTeam = defaultTeam;
        this.teams = teams;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The process's step, not a person's act, so no role is asked for. A case routed before is being re-filed by
     * an upheld appeal; the row says so.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Routed route(long applicationId, String reference, RoutingFacts facts) {
        RoutingRule rule = rules.current().stream().filter(RoutingRule::isEnabled)
                .filter(r -> RuleChecks.terms(r).matches(facts)).findFirst().orElse(null);
        String team = rule == null ? defaultTeam.code() : rule.getTeamCode();
        boolean refiled = routings.existsByApplicationId(applicationId);
        Routed routed = routed(routings.save(new CaseRouting(applicationId, reference, team, rule, refiled,
                clock.instant())));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("team", routed.teamName());
        payload.put("teamCode", team);
        if (rule != null) {
            payload.put("rule", rule.getName());
            payload.put("ruleVersion", rule.getVersion());
        }
        payload.put("refiled", refiled);
        events.publishEvent(new AuditableAction("system", "application.routed", reference, payload));
        return routed;
    }

    /** Every routing of the case, oldest first: for the reviewer's and the auditor's case pages. */
    @RolesAllowed({Role.REVIEWER_, Role.SENIOR_REVIEWER_, Role.AUDITOR_, Role.ADMIN_})
    @Transactional(readOnly = true)
    public List<Routed> routingsOf(String reference) {
        return routings.findByCaseReferenceOrderById(reference).stream().map(this::routed).toList();
    }

    private Routed routed(CaseRouting r) {
        RoutingRule rule = r.getRule();
        return new Routed(r.getTeamCode(), teams.nameOf(r.getTeamCode()), rule == null ? null : rule.getName(),
                rule == null ? null : rule.getVersion(), r.isRefiled(), r.getRoutedAt());
    }
}
