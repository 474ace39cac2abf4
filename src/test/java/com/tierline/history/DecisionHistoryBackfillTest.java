package com.tierline.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V17 on a database of cases decided before the decision history existed: each case gets rows from what
 * its single columns and its appeals still hold, in the order things happened.
 */
class DecisionHistoryBackfillTest {

    @Test
    void casesDecidedBeforeTheHistoryExistedGetTheirRowsInOrder() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:backfill-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        migrate(db, lastVersionBefore17(db));
        jdbc.update("insert into organisation (id, name, country) values (1, 'Northwind', 'US')");
        jdbc.update(legacyCase(10, "TL-2026-000010", "APPEALED", "'DENY'", "'reviewer1'",
                "timestamp with time zone '2026-03-01 10:00:00+00'", "'Other (explained in the text). No proof.'",
                "null", "null"));
        jdbc.update("""
                insert into appeal (id, reference, kind, application_id, organisation_id, filed_by, filed_at, grounds,
                                    status, version)
                values (1, 'APL-2026-000001', 'DENIAL', 10, 1, 'exporter1', timestamp with time zone
                        '2026-03-05 09:00:00+00', 'The end user is a civil weather institute.', 'UNDER_REVIEW', 0)""");
        jdbc.update(legacyCase(11, "TL-2026-000011", "APPROVED", "'APPROVE'", "'senior1'",
                "timestamp with time zone '2026-02-01 10:00:00+00'", "'Verified end user.'", "'reviewer2'",
                "'TLL-2026-000001'"));
        jdbc.update(legacyCase(12, "TL-2026-000012", "WITHDRAWN", "null", "null", "null", "null", "null", "null"));
        jdbc.update("update licence_application set withdrawn_reason = 'Withdrawn by exporter2' where id = 12");

        migrate(db, "17");

        assertThat(rows(jdbc, 10)).extracting(r -> r.get("KIND") + " " + r.get("ACTOR") + " " + r.get("SEQUENCE"))
                .containsExactly("DENIED reviewer1 1", "APPEAL_LODGED exporter1 2");
        assertThat(rows(jdbc, 10).get(0).get("REASON")).isEqualTo("Other (explained in the text). No proof.");
        assertThat(rows(jdbc, 11)).extracting(r -> r.get("KIND") + " " + r.get("LICENCE_NUMBER"))
                .as("decided after an escalation: the senior reviewer's")
                .containsExactly("SENIOR_APPROVED TLL-2026-000001");
        assertThat(rows(jdbc, 12)).extracting(r -> r.get("KIND") + " " + r.get("ACTOR"))
                .containsExactly("WITHDRAWN exporter2");
    }

    private static void migrate(DriverManagerDataSource db, String target) {
        flyway(db).target(target).load().migrate();
    }

    /** The schema as it was before V17, whichever migrations came before it. */
    private static String lastVersionBefore17(DriverManagerDataSource db) {
        return Arrays.stream(flyway(db).load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> !v.isAtLeast("17"))
                .max(MigrationVersion::compareTo).orElseThrow().getVersion();
    }

    private static FluentConfiguration flyway(DriverManagerDataSource db) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2");
    }

    private static List<Map<String, Object>> rows(JdbcTemplate jdbc, long applicationId) {
        return jdbc.queryForList("select * from case_decision where application_id = ? order by sequence",
                applicationId);
    }

    private static String legacyCase(long id, String reference, String status, String decision, String decidedBy,
            String decidedAt, String reason, String escalatedBy, String licence) {
        return """
                insert into licence_application (id, reference, organisation_id, created_by, status, decision,
                    decided_by, decided_at, decision_reason, escalated_by, licence_number, created_at, updated_at,
                    version)
                values (%d, '%s', 1, 'exporter1', '%s', %s, %s, %s, %s, %s, %s,
                    timestamp with time zone '2026-01-10 08:00:00+00', timestamp with time zone '2026-03-02 08:00:00+00',
                    0)""".formatted(id, reference, status, decision, decidedBy, decidedAt, reason, escalatedBy,
                licence);
    }
}
