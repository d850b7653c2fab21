package eu.viaduc.platform.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.platform.database.SqlTimes;

/**
 * The outbox as operators watch it (Prometheus, {@code /q/metrics}): events waiting to go out, the age
 * of the oldest, and those set aside. Read from the database every few seconds, not on each scrape.
 */
@ApplicationScoped
public class OutboxMetrics {

    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicLong setAside = new AtomicLong();

    @Inject
    public OutboxMetrics(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("viaduc.outbox.backlog", backlog, AtomicLong::get)
                .description("Events committed and waiting to be published").register(registry);
        Gauge.builder("viaduc.outbox.oldest.age.seconds", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest event waiting to be published").register(registry);
        Gauge.builder("viaduc.outbox.set.aside", setAside, AtomicLong::get)
                .description("Events set aside after failing for a reason of their own, waiting for an operator")
                .register(registry);
    }

    @Scheduled(every = "${viaduc.outbox.metrics-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void refresh() {
        UnpublishedScans.walkTheIndex(entityManager);
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), min(occurred_at),
                       (select count(*) from outbox_event where set_aside_at is not null and published_at is null)
                from outbox_event where published_at is null and set_aside_at is null""").getSingleResult();
        backlog.set(((Number) row[0]).longValue());
        OffsetDateTime oldest = SqlTimes.toOffsetDateTime(row[1]);
        oldestAgeSeconds.set(oldest == null ? 0 : Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).toSeconds());
        setAside.set(((Number) row[2]).longValue());
    }
}
