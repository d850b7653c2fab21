package eu.viaduc.platform.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.postgresql.PGStatement;

/**
 * Statements over tables that grow fast (an outbox during an import, a table an import fills) are planned
 * afresh at each execution. The PostgreSQL driver otherwise turns a statement run a few times into a
 * server-side one whose generic plan PostgreSQL keeps until the table's statistics change: a plan made while
 * the table was small scans it whole, and without a recent ANALYZE it keeps scanning it as it grows.
 */
public final class FreshPlans {

    private FreshPlans() {
    }

    /** Returns {@code statement}, set to be planned with its parameters every time it runs. */
    public static PreparedStatement plannedEachTime(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }
}
