package com.tierline.routing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One version of a routing rule. A rule is the chain of versions sharing a {@code ruleKey}; the newest is in force.
 * Versions are never changed after they are written, so a case routed by version 2 still shows version 2's terms.
 * Empty condition lists mean "any"; {@code restrictedPartyHit} null means "either".
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ruleKey;
    private int version;
    private int position;
    private String name;
    private String countries;
    private String tiers;
    private String outcomes;
    private Boolean restrictedPartyHit;
    private String teamCode;
    private boolean enabled;
    private String changedBy;
    private Instant changedAt;

    protected RoutingRule() {
    }

    public RoutingRule(String ruleKey, int version, int position, String name, List<String> countries,
            List<Integer> tiers, List<String> outcomes, Boolean restrictedPartyHit, String teamCode, boolean enabled,
            String changedBy, Instant changedAt) {
        this.ruleKey = ruleKey;
        this.version = version;
        this.position = position;
        this.name = name;
        this.countries = String.join(",", countries);
        this.tiers = String.join(",", tiers.stream().map(String::valueOf).toList());
        this.outcomes = String.join(",", outcomes);
        this.restrictedPartyHit = restrictedPartyHit;
        this.teamCode = teamCode;
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The next version of this rule with {@code position} and {@code enabled} changed, the terms kept. */
    public RoutingRule next(int position, boolean enabled, String by, Instant at) {
        return new RoutingRule(ruleKey, version + 1, position, name, getCountries(), getTiers(), getOutcomes(),
                restrictedPartyHit, teamCode, enabled, by, at);
    }

    public Long getId() {
        return id;
    }

    public String getRuleKey() {
        return ruleKey;
    }

    public int getVersion() {
        return version;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public List<String> getCountries() {
        return split(countries);
    }

    public List<Integer> getTiers() {
        return split(tiers).stream().map(Integer::valueOf).toList();
    }

    public List<String> getOutcomes() {
        return split(outcomes);
    }

    public Boolean getRestrictedPartyHit() {
        return restrictedPartyHit;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
