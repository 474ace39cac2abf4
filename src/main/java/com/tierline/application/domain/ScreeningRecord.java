package com.tierline.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One screening of a case, kept forever, with its findings exactly as they were (JSON). */
@Entity
@Table(name = "screening_result")
public class ScreeningRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long applicationId;
    private Instant screenedAt;
    private String ruleSetVersion;
    private String outcome;
    private int tier;
    private int effectiveTier;
    private BigDecimal totalTpp;
    private BigDecimal controlledTpp;
    @Column(name = "h100_equivalents")
    private BigDecimal h100Equivalents;
    private String resultJson;

    protected ScreeningRecord() {
    }

    public ScreeningRecord(Long applicationId, Instant screenedAt, String ruleSetVersion, String outcome, int tier,
            int effectiveTier, BigDecimal totalTpp, BigDecimal controlledTpp, BigDecimal h100Equivalents,
            String resultJson) {
        this.applicationId = applicationId;
        this.screenedAt = screenedAt;
        this.ruleSetVersion = ruleSetVersion;
        this.outcome = outcome;
        this.tier = tier;
        this.effectiveTier = effectiveTier;
        this.totalTpp = totalTpp;
        this.controlledTpp = controlledTpp;
        this.h100Equivalents = h100Equivalents;
        this.resultJson = resultJson;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getTier() {
        return tier;
    }

    public BigDecimal getTotalTpp() {
        return totalTpp;
    }

    public BigDecimal getH100Equivalents() {
        return h100Equivalents;
    }

    public int getEffectiveTier() {
        return effectiveTier;
    }

    public BigDecimal getControlledTpp() {
        return controlledTpp;
    }

    /** The whole screening result as JSON, exactly as it was computed. */
    public String getResultJson() {
        return resultJson;
    }
}
