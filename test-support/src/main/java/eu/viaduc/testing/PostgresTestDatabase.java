package eu.viaduc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A fresh database on the real local PostgreSQL for the service under test: dropped once per
 * test JVM, so the service itself creates and migrates it at start-up, as it would on a new
 * server. The server comes from {@code VIADUC_TEST_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}) and {@code VIADUC_TEST_PG_USER} (default postgres).
 * Init argument {@code database} names the database.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Set<String> RESET_IN_THIS_JVM = new HashSet<>();

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("init argument 'database' must be a plain lower-case name");
        }
    }

    @Override
    public Map<String, String> start() {
        synchronized (RESET_IN_THIS_JVM) {
            if (RESET_IN_THIS_JVM.add(database)) {
                drop();
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl() + database,
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // kept for inspection after the run; recreated by the next run
    }

    private void drop() {
        try (Connection connection = DriverManager.getConnection(serverUrl() + "postgres", user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + database + " on " + serverUrl()
                    + " (is PostgreSQL running?)", e);
        }
    }

    /**
     * An outage of one database, as a service sees a restart of its server: every open connection is
     * cut, and new ones are refused until {@link Outage#close()}. Other databases carry on.
     */
    public static Outage outage(String database) {
        admin("alter database " + database + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        return () -> admin("alter database " + database + " allow_connections true");
    }

    /** A connection of the test server's administrator to one database, as an operator would open one. */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(serverUrl() + database, user(), "");
    }

    /** The end of an outage. */
    public interface Outage extends AutoCloseable {
        @Override
        void close();
    }

    private static void admin(String... statements) {
        try (Connection connection = DriverManager.getConnection(serverUrl() + "postgres", user(), "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot administer the test database server " + serverUrl(), e);
        }
    }

    static String serverUrl() {
        return System.getenv().getOrDefault("VIADUC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    }

    static String user() {
        return System.getenv().getOrDefault("VIADUC_TEST_PG_USER", "postgres");
    }
}
