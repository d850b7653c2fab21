package eu.viaduc.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A timestamptz read by a native query, whichever Java type the driver and Hibernate gave it. */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static OffsetDateTime toOffsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a point in time: " + value.getClass().getName());
    }
}
