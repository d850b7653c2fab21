package eu.viaduc.webhooks.subscription.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.webhooks.subscription.model.Subscription;

/**
 * Sends a subscription the events of its types since a point in time again, in their order, whether
 * they were delivered, dead or never sent (a subscription made after them): after an outage on the
 * partner's side, or to fill a new site.
 */
@ApplicationScoped
public class ReplayEvents {

    private final EntityManager entityManager;

    @Inject
    public ReplayEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many events are queued. */
    @Transactional
    public int since(Subscription subscription, OffsetDateTime from) {
        return entityManager.createNativeQuery("""
                insert into delivery (subscription_id, seq, subject, status)
                select s.id, e.seq, e.subject, 'PENDING' from subscription s join event_log e on e.type = any(s.event_types)
                where s.id = ?1 and e.time >= ?2
                on conflict (subscription_id, seq) do update
                set status = 'PENDING', attempts = 0, next_attempt_at = now(), last_status = null, last_error = null,
                    settled_at = null""")
                .setParameter(1, subscription.id()).setParameter(2, from).executeUpdate();
    }
}
