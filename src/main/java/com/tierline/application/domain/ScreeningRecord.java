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
    private BigDecimal totalTpp;
    @Column(name = "h100_equivalents")
    private BigDecimal h100Equivalents;
    private String findingsJson;

    protected ScreeningRecord() {
    }

    public ScreeningRecord(Long applicationId, Instant screenedAt, String ruleSetVersion, String outcome, int tier,
            BigDecimal totalTpp, BigDecimal h100Equivalents, String findingsJson) {
        this.applicationId = applicationId;
        this.screenedAt = screenedAt;
        this.ruleSetVersion = ruleSetVersion;
        this.outcome = outcome;
        this.tier = tier;
        this.totalTpp = totalTpp;
        this.h100Equivalents = h100Equivalents;
        this.findingsJson = findingsJson;
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

    public String getFindingsJson() {
        return findingsJson;
    }
}
