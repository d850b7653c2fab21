package eu.viaduc.matchmaking.opportunity.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.matchmaking.opportunity.events.OpportunityEvents;
import eu.viaduc.matchmaking.opportunity.model.Opportunity;

/**
 * The scheduled job that expires published opportunities whose time is up, each with its event, in
 * batches of one transaction each. Rows another instance is expiring are skipped, not waited for, so
 * that several instances can run the job.
 */
@ApplicationScoped
public class ExpireOpportunities {

    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final OpportunityEvents events;

    @Inject
    public ExpireOpportunities(EntityManager entityManager, OpportunityEvents events) {
        this.entityManager = entityManager;
        this.events = events;
    }

    @Scheduled(every = "${viaduc.matchmaking.opportunities.expiry-every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDue() {
        while (QuarkusTransaction.requiringNew().call(this::expireBatch) == BATCH) {
            // a full batch: there may be more
        }
    }

    /** Expires up to one batch of due opportunities; returns how many. */
    int expireBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                select id from opportunity where status = 'PUBLISHED' and expires_at <= now()
                order by expires_at limit :batch for update skip locked""", UUID.class)
                .setParameter("batch", BATCH).getResultList();
        Instant now = Instant.now();
        for (UUID id : due) {
            Opportunity opportunity = entityManager.find(Opportunity.class, id);
            opportunity.expire(now);
            events.append(OpportunityEvents.EXPIRED_V1, opportunity);
        }
        return due.size();
    }
}
