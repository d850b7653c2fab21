package eu.viaduc.webhooks.subscription.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.platform.database.SqlTimes;
import eu.viaduc.webhooks.subscription.model.Subscription;

/** The events a subscription's callback never took, newest first, with the last answer it gave. */
@ApplicationScoped
public class DeadLetters {

    public record DeadLetter(String eventId, String type, String subject, OffsetDateTime time, int attempts,
            Integer lastStatus, String lastError, OffsetDateTime deadSince) {
    }

    private final EntityManager entityManager;

    @Inject
    public DeadLetters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<DeadLetter> of(Subscription subscription, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                select e.event_id, e.type, e.subject, e.time, d.attempts, d.last_status, d.last_error, d.settled_at
                from delivery d join event_log e on e.seq = d.seq
                where d.subscription_id = ?1 and d.status = 'DEAD' order by d.settled_at desc, d.seq desc limit ?2""")
                .setParameter(1, subscription.id()).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new DeadLetter((String) row[0], (String) row[1], (String) row[2],
                SqlTimes.toOffsetDateTime(row[3]), ((Number) row[4]).intValue(),
                row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6], SqlTimes.toOffsetDateTime(row[7])))
                .toList();
    }
}
