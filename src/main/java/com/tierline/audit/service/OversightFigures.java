package com.tierline.audit.service;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The oversight dashboard's numbers, all read in one go so that the charts agree with each other.
 * Decisions per week, the median time to decision and SLA compliance cover the last {@code weeks} weeks.
 */
public record OversightFigures(String allocationPeriod, List<Allocation> allocations, Map<String, Long> casesByStatus,
        List<Week> decisionsPerWeek, Duration medianTimeToDecision, long decided, long decidedWithinSla,
        Map<String, Long> appealsByStatus, int weeks) {

    public record Allocation(String country, BigDecimal allocated, BigDecimal consumed, BigDecimal reserved) {
    }

    public record Week(LocalDate monday, long approved, long denied) {
    }

    /** Share of decided cases whose SLA clock never breached, 0–100; null when nothing was decided. */
    public Double slaCompliancePercent() {
        return decided == 0 ? null : 100.0 * decidedWithinSla / decided;
    }
}
