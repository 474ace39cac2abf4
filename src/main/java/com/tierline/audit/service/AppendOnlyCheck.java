package com.tierline.audit.service;

import java.sql.DatabaseMetaData;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the database no longer refuses to change history: the append-only triggers on
 * {@code audit_event} (migration V7) and on the case decision history (V17) must exist and be enabled. Built after
 * the migrations have run, since it needs the JdbcTemplate, which Spring Boot initialises after Flyway.
 */
@Component
class AppendOnlyCheck {

    enum Change { UPDATE, DELETE, TRUNCATE }

    private static final Logger log = LoggerFactory.getLogger(AppendOnlyCheck.class);

    AppendOnlyCheck(JdbcTemplate jdbc) {
        boolean postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }));
        // H2 has no TRUNCATE trigger; there a truncation is caught by the signed checkpoints instead.
        Set<Change> required = postgres ? EnumSet.allOf(Change.class) : EnumSet.of(Change.UPDATE, Change.DELETE);
        require(jdbc, postgres, required, "audit_event", "the audit log", "V7__append_only_audit.sql");
        // The case decision history (V17) is a record of the same kind: never rewritten.
        require(jdbc, postgres, required, "case_decision", "the case decision history",
                "V17_1__case_decision_append_only.sql");
        require(jdbc, postgres, required, "case_decision_letter", "the case decision history",
                "V17_1__case_decision_append_only.sql");
    }

    private static void require(JdbcTemplate jdbc, boolean postgres, Set<Change> required, String table, String what,
            String migration) {
        Set<Change> guarded = EnumSet.noneOf(Change.class);
        for (String event : postgres ? postgres(jdbc, table) : h2(jdbc, table)) {
            guarded.add(Change.valueOf(event));
        }
        if (!guarded.containsAll(required)) {
            EnumSet<Change> missing = EnumSet.copyOf(required);
            missing.removeAll(guarded);
            String message = "Refusing to start: " + what + " is not append-only in the database, no trigger "
                    + "refuses " + missing + " on " + table + " (expected from migration " + migration + "); "
                    + "restore the triggers before starting the application.";
            log.error(message);
            throw new IllegalStateException(message);
        }
    }

    private static List<String> h2(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("""
                select event_manipulation from information_schema.triggers
                where lower(event_object_table) = ? and action_timing = 'BEFORE'""", String.class, table);
    }

    /** Enabled (tgenabled is not 'D'), non-internal BEFORE triggers; tgtype bits: 2 before, 8 delete, 16 update, 32 truncate. */
    private static List<String> postgres(JdbcTemplate jdbc, String table) {
        return jdbc.queryForList("""
                select e.event from pg_trigger t
                cross join (values (8, 'DELETE'), (16, 'UPDATE'), (32, 'TRUNCATE')) as e (bit, event)
                where t.tgrelid = ?::regclass and not t.tgisinternal and t.tgenabled <> 'D'
                and (t.tgtype & 2) <> 0 and (t.tgtype & e.bit) <> 0""", String.class, table);
    }
}
