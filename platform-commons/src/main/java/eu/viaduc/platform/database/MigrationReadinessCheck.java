package eu.viaduc.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready to serve until the schema is migrated. */
@Readiness
@ApplicationScoped
public class MigrationReadinessCheck implements HealthCheck {

    private final DatabaseBootstrap bootstrap;

    @Inject
    public MigrationReadinessCheck(DatabaseBootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-schema").status(bootstrap.isMigrated()).build();
    }
}
