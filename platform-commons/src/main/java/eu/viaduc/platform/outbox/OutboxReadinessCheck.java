package eu.viaduc.platform.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import eu.viaduc.platform.database.SqlTimes;

/**
 * Not ready while the oldest event waiting to go out is older than {@code viaduc.outbox.max-age}: the
 * others do not hear of this service's changes. Events set aside are reported, for operators.
 */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {

    private final EntityManager entityManager;
    private final Duration maxAge;

    @Inject
    public OutboxReadinessCheck(EntityManager entityManager,
            @ConfigProperty(name = "viaduc.outbox.max-age", defaultValue = "PT5M") Duration maxAge) {
        this.entityManager = entityManager;
        this.maxAge = maxAge;
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        UnpublishedScans.walkTheIndex(entityManager);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select min(occurred_at),
                       (select count(*) from outbox_event where set_aside_at is not null and published_at is null)
                from outbox_event where published_at is null and set_aside_at is null""").getSingleResult();
        OffsetDateTime oldest = SqlTimes.toOffsetDateTime(row[0]);
        long setAside = ((Number) row[1]).longValue();
        long ageSeconds = oldest == null ? 0 : Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).toSeconds();
        return HealthCheckResponse.named("outbox")
                .status(ageSeconds <= maxAge.toSeconds())
                .withData("oldestUnpublishedAgeSeconds", ageSeconds)
                .withData("setAside", setAside)
                .build();
    }
}
