package eu.viaduc.platform.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.persistence.EntityManager;

/**
 * Reads of the waiting rows walk the partial index {@code outbox_event_waiting} entry by entry. Each
 * published row leaves an index entry behind until VACUUM; a plain index scan marks such entries dead as it
 * meets them, so the next scan skips them, whereas a bitmap scan (the planner's choice whenever its statistics
 * say the outbox holds few unpublished rows) visits the table for every one of them each time. During an import
 * that made each batch of the relay read every row written since the last VACUUM: 140 ms a batch at 270,000.
 * Call within the transaction that reads; the setting ends with it.
 */
final class UnpublishedScans {

    private static final String NO_BITMAP_SCANS = "set local enable_bitmapscan = off";

    private UnpublishedScans() {
    }

    static void walkTheIndex(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(NO_BITMAP_SCANS);
        }
    }

    static void walkTheIndex(EntityManager entityManager) {
        entityManager.createNativeQuery(NO_BITMAP_SCANS).executeUpdate();
    }
}
