package com.tierline.routing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One routing of a case: the team it went to, and the rule version that sent it there (null: the default team). */
@Entity
@Table(name = "case_routing")
public class CaseRouting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long applicationId;
    private String caseReference;
    private String teamCode;
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "rule_id")
    private RoutingRule rule;
    private boolean defaultTeam;
    private boolean refiled;
    private Instant routedAt;

    protected CaseRouting() {
    }

    public CaseRouting(long applicationId, String caseReference, String teamCode, RoutingRule rule, boolean refiled,
            Instant routedAt) {
        this.applicationId = applicationId;
        this.caseReference = caseReference;
        this.teamCode = teamCode;
        this.rule = rule;
        this.defaultTeam = rule == null;
        this.refiled = refiled;
        this.routedAt = routedAt;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public RoutingRule getRule() {
        return rule;
    }

    public boolean isDefaultTeam() {
        return defaultTeam;
    }

    public boolean isRefiled() {
        return refiled;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }
}
