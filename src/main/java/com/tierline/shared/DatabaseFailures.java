package com.tierline.shared;

/** Tells a database that cannot be reached from every other failure, so that people can be told so plainly. */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /** A connection that cannot be had or was lost, anywhere in the cause chain. */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A row another transaction holds was not released within the lock timeout (see
     * {@code tierline.database.lock-timeout}), anywhere in the cause chain; also when the engine wrapped it.
     */
    public static boolean lockedByAnother(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.PessimisticLockingFailureException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof java.sql.SQLException sql && (POSTGRES_LOCK_NOT_AVAILABLE.equals(sql.getSQLState())
                            || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";
    private static final int H2_LOCK_TIMEOUT = 50200;
}
