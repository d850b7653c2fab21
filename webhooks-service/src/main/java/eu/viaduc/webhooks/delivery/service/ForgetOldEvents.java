package eu.viaduc.webhooks.delivery.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.webhooks.subscription.service.SubscriptionSettings;

/**
 * Keeps the event log to its retention (30 days): older settled deliveries go, then the events no
 * delivery waits for. A replay reaches back that far.
 */
@ApplicationScoped
public class ForgetOldEvents {

    private final EntityManager entityManager;
    private final SubscriptionSettings settings;

    @Inject
    public ForgetOldEvents(EntityManager entityManager, SubscriptionSettings settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forget() {
        long retention = settings.retention().toMillis();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("""
                    delete from delivery where status <> 'PENDING' and settled_at < now() - ?1 * interval '1 millisecond'""")
                    .setParameter(1, retention).executeUpdate();
            entityManager.createNativeQuery("""
                    delete from event_log e where e.received_at < now() - ?1 * interval '1 millisecond'
                    and not exists (select 1 from delivery d where d.seq = e.seq)""")
                    .setParameter(1, retention).executeUpdate();
        });
    }
}
