package com.tierline.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierline.shared.DatabaseFailures;
import com.tierline.support.TierlineIT;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A transaction that waits for a row another one holds gives up after the configured lock timeout, on H2 and on
 * PostgreSQL alike (PostgreSQL, left alone, waits for ever), and the failure is recognised as a concurrent change.
 */
@TierlineIT
class LockTimeoutIT {

    @Autowired DataSource dataSource;

    @Test
    @Timeout(60)
    void aSecondTransactionWaitingForALockedRowGivesUpInsteadOfWaitingForEver() throws Exception {
        String lockHead = "select last_sequence from audit_chain_head for update";
        try (Connection holder = dataSource.getConnection(); Connection waiter = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            waiter.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeQuery(lockHead).close();
            }
            try (Statement s = waiter.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery(lockHead)).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(DatabaseFailures.lockedByAnother(e))
                                .as("recognised as a row held by another transaction: %s", e).isTrue());
            } finally {
                waiter.rollback();
                holder.rollback();
            }
        }
    }
}
