package com.tierline.audit.domain;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of the database's refusal to change history: installed BEFORE UPDATE and BEFORE DELETE on
 * {@code audit_event} (migration db/vendor/h2/V7) and on the case decision history (V17), it fails every such
 * statement. PostgreSQL has a plpgsql twin.
 */
public class AppendOnlyTrigger implements Trigger {

    private String operation = "change";
    private String table = "audit_event";

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table.toLowerCase(java.util.Locale.ROOT);
        operation = (type & Trigger.UPDATE) != 0 ? "UPDATE" : (type & Trigger.DELETE) != 0 ? "DELETE" : "change";
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: " + operation + " refused", "42501");
    }
}
