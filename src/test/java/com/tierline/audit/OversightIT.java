package com.tierline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierline.audit.service.Oversight;
import com.tierline.audit.service.OversightFigures;
import com.tierline.support.Cases;
import com.tierline.support.SignIn;
import com.tierline.support.TierlineIT;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every figure on the oversight dashboard equals a direct count in the database. */
@TierlineIT
class OversightIT {

    @Autowired ApplicationContext context;
    @Autowired Oversight oversight;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDashboardsNumbersMatchTheDatabase() {
        Cases cases = Cases.in(context);
        String approved = cases.approved("exporter1", "AE", "reviewer1", "Verified for the oversight test.");
        String denied = cases.denied("exporter1", "AE", "reviewer1", "Not credible for the oversight test.");

        SignIn.as(users, "senior1");
        OversightFigures f = oversight.figures();

        OversightFigures.Allocation ae = f.allocations().stream().filter(a -> a.country().equals("AE")).findFirst()
                .orElseThrow();
        BigDecimal consumed = jdbc.queryForObject("select consumed_tpp from allocation_ledger where country = 'AE' "
                + "and period = ?", BigDecimal.class, f.allocationPeriod());
        assertThat(ae.consumed()).isEqualByComparingTo(consumed).isGreaterThanOrEqualTo(new BigDecimal("31664000"));
        assertThat(f.allocations()).hasSize(jdbc.queryForObject(
                "select count(*) from allocation_ledger where period = ?", Integer.class, f.allocationPeriod()));

        assertThat(f.casesByStatus().getOrDefault("APPROVED", 0L)).isEqualTo(count("status = 'APPROVED'"));
        assertThat(f.casesByStatus().getOrDefault("UNDER_REVIEW", 0L)).isEqualTo(count("status = 'UNDER_REVIEW'"));
        assertThat(f.casesByStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(count("status <> 'DRAFT'"));
        assertThat(f.casesByStatus()).doesNotContainKey("DRAFT");

        long decided = count("decision in ('APPROVE', 'DENY')");
        assertThat(f.decided()).as("every decision in these tests is recent").isEqualTo(decided);
        assertThat(f.decisionsPerWeek()).hasSize(f.weeks());
        assertThat(f.decisionsPerWeek().stream().mapToLong(w -> w.approved() + w.denied()).sum()).isEqualTo(decided);
        assertThat(f.decisionsPerWeek().stream().mapToLong(OversightFigures.Week::approved).sum())
                .isEqualTo(count("decision = 'APPROVE'"));
        assertThat(f.medianTimeToDecision()).isNotNull();
        assertThat(f.decidedWithinSla()).isEqualTo(decided - jdbc.queryForObject("select count(distinct "
                + "application_id) from sla_event s join licence_application a on a.id = s.application_id "
                + "where s.event = 'BREACHED' and a.decision is not null", Long.class));
        assertThat(f.appealsByStatus().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from appeal", Long.class));
    }

    private long count(String where) {
        return jdbc.queryForObject("select count(*) from licence_application where " + where, Long.class);
    }
}
