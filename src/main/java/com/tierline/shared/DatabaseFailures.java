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
}
