package com.tierline.audit.service;

import com.tierline.identity.domain.Role;
import com.tierline.screening.service.RuleSetCatalog;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the oversight figures straight from the tables, with plain portable SQL. Read-only. */
@Service
public class Oversight {

    static final int WEEKS = 12;

    private final JdbcTemplate jdbc;
    private final RuleSetCatalog ruleSets;
    private final Clock clock;

    Oversight(JdbcTemplate jdbc, RuleSetCatalog ruleSets, Clock clock) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    @RolesAllowed({Role.AUDITOR_, Role.SENIOR_REVIEWER_})
    @Transactional(readOnly = true)
    public OversightFigures figures() {
        String period = ruleSets.current().thresholds().allocationPeriod();
        List<OversightFigures.Allocation> allocations = jdbc.query("""
                select country, allocated_tpp, consumed_tpp, reserved_tpp from allocation_ledger
                where period = ? order by country""",
                (rs, n) -> new OversightFigures.Allocation(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4)), period);

        Map<String, Long> byStatus = new LinkedHashMap<>();
        jdbc.query("select status, count(*) from licence_application where status <> 'DRAFT' group by status "
                + "order by status", rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                });

        LocalDate thisMonday = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1L);
        Instant since = firstMonday.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (int i = 0; i < WEEKS; i++) {
            weeks.put(firstMonday.plusWeeks(i), new long[2]);
        }
        List<Duration> durations = new ArrayList<>();
        jdbc.query("""
                select decision, submitted_at, decided_at from licence_application
                where decided_at >= ? and decision in ('APPROVE', 'DENY')""", rs -> {
                    Instant decidedAt = rs.getTimestamp(3).toInstant();
                    LocalDate monday = decidedAt.atZone(ZoneOffset.UTC).toLocalDate()
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    long[] counts = weeks.get(monday);
                    if (counts != null) {
                        counts["APPROVE".equals(rs.getString(1)) ? 0 : 1]++;
                    }
                    Timestamp submitted = rs.getTimestamp(2);
                    if (submitted != null) {
                        durations.add(Duration.between(submitted.toInstant(), decidedAt));
                    }
                }, Timestamp.from(since));
        List<OversightFigures.Week> perWeek = weeks.entrySet().stream()
                .map(e -> new OversightFigures.Week(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        Long decided = jdbc.queryForObject("""
                select count(*) from licence_application where decided_at >= ? and decision in ('APPROVE', 'DENY')""",
                Long.class, Timestamp.from(since));
        Long breached = jdbc.queryForObject("""
                select count(*) from licence_application a where a.decided_at >= ? and a.decision in ('APPROVE', 'DENY')
                and exists (select 1 from sla_event s where s.application_id = a.id and s.event = 'BREACHED')""",
                Long.class, Timestamp.from(since));

        Map<String, Long> appeals = new LinkedHashMap<>();
        jdbc.query("select status, count(*) from appeal group by status order by status", rs -> {
            appeals.put(rs.getString(1), rs.getLong(2));
        });
        return new OversightFigures(period, allocations, byStatus, perWeek, median(durations), decided,
                decided - breached, appeals, WEEKS);
    }

    static Duration median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return null;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
