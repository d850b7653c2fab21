package eu.viaduc.platform.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells failures that go away by themselves (the database restarting or unreachable, a deadlock, a
 * serialization failure, a lock or query timeout) from those that will not. A request that meets one
 * is answered 503 with Retry-After; a consumer retries the event for as long as it lasts.
 */
public final class TransientFailures {

    /** SQLState classes and codes of PostgreSQL that a retry can outlive. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization_failure
            "40P01", // deadlock_detected
            "55P03", // lock_not_available
            "55000", // the database does not accept connections for now (being administered)
            "57014"); // query_canceled (statement timeout)

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof org.hibernate.exception.LockAcquisitionException
                    || cause instanceof jakarta.persistence.LockTimeoutException
                    || cause instanceof jakarta.persistence.QueryTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // the connection pool's own "no connection in time" carries no state
            return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return TRANSIENT_STATES.contains(state) || state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2));
    }
}
