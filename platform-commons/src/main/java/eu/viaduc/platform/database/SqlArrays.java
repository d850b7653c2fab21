package eu.viaduc.platform.database;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** A PostgreSQL text[] column as a native query returns it (String[], Object[] or java.sql.Array), as a list. */
public final class SqlArrays {

    private SqlArrays() {
    }

    public static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        try {
            return Arrays.asList((String[]) ((Array) value).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("a text[] column could not be read", e);
        }
    }
}
