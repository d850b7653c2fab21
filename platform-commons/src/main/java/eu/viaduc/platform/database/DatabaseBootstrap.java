package eu.viaduc.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Before anything else touches the database: creates the service's database when it does
 * not exist yet, then applies the Flyway migrations. Quarkus' own migrate-at-start runs too
 * early to create the database first, so it is switched off and this takes its place.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class);

    private final Flyway flyway;
    private final String jdbcUrl;
    private final Optional<String> username;
    private final Optional<String> password;
    private final boolean createIfMissing;
    private volatile boolean migrated;

    @Inject
    public DatabaseBootstrap(Flyway flyway,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "viaduc.database.create-if-missing", defaultValue = "true") boolean createIfMissing) {
        this.flyway = flyway;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.createIfMissing = createIfMissing;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) throws SQLException {
        if (createIfMissing) {
            createDatabaseIfMissing();
        }
        var result = flyway.migrate();
        migrated = true;
        LOG.infof("database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion == null ? flyway.info().current().getVersion() : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    public boolean isMigrated() {
        return migrated;
    }

    private void createDatabaseIfMissing() throws SQLException {
        PostgresUrl url = PostgresUrl.parse(jdbcUrl);
        try (Connection maintenance = DriverManager.getConnection(url.withDatabase("postgres"),
                username.orElse(null), password.orElse(null))) {
            if (exists(maintenance, url.database())) {
                return;
            }
            try (Statement create = maintenance.createStatement()) {
                create.execute("create database " + quoteIdentifier(url.database()));
                LOG.infof("created database %s", url.database());
            } catch (SQLException e) {
                // Another instance may have created it meanwhile; anything else is fatal below.
                if (!exists(maintenance, url.database())) {
                    throw e;
                }
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
