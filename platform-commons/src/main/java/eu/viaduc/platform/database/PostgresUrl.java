package eu.viaduc.platform.database;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code jdbc:postgresql://host:port/database?params} URL we need. */
record PostgresUrl(String prefix, String database, String parameters) {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(\\?.*)?");

    static PostgresUrl parse(String jdbcUrl) {
        Matcher matcher = URL.matcher(jdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a database name: " + jdbcUrl);
        }
        return new PostgresUrl(matcher.group(1), matcher.group(2), matcher.group(3) == null ? "" : matcher.group(3));
    }

    String withDatabase(String otherDatabase) {
        return prefix + otherDatabase + parameters;
    }
}
