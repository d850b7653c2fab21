package eu.viaduc.matchmaking.interest.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.matchmaking.interest.events.InterestEvents;
import eu.viaduc.matchmaking.interest.model.Interest;

/**
 * The scheduled job that expires expressions of interest left unanswered past their time, each with its
 * event, in batches of one transaction each; rows another instance is expiring are skipped.
 */
@ApplicationScoped
public class ExpirePendingInterests {

    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final InterestEvents events;

    @Inject
    public ExpirePendingInterests(EntityManager entityManager, InterestEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Scheduled(every = "${viaduc.matchmaking.interests.expiry-every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDue() {
        while (QuarkusTransaction.requiringNew().call(this::expireBatch) == BATCH) {
            // a full batch: there may be more
        }
    }

    int expireBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                select id from expression_of_interest where status = 'SENT' and expires_at <= now()
                order by expires_at limit :batch for update skip locked""", UUID.class)
                .setParameter("batch", BATCH).getResultList();
        Instant now = Instant.now();
        for (UUID id : due) {
            Interest interest = entityManager.find(Interest.class, id);
            interest.expire(now);
            events.append(InterestEvents.EXPIRED_V1, interest);
        }
        return due.size();
    }
}
