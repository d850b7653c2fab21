package eu.viaduc.matchmaking.ranking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps {@code matching_change} about as small as the read model: each change is appended (so that the
 * consumers writing it never wait for one another), and a row overtaken by a later change of the same
 * organisation tells {@link CandidateIndex} nothing the later one does not.
 */
@ApplicationScoped
public class MatchingChanges {

    private final EntityManager entityManager;

    @Inject
    public MatchingChanges(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Scheduled(every = "${viaduc.matching.change-compaction:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeOvertakenRegularly() {
        removeOvertaken();
    }

    /** Removes the rows a later change of the same organisation has overtaken; returns how many. */
    @Transactional
    public int removeOvertaken() {
        // only committed rows are seen here, so a row is removed only once its successor is there for good
        return entityManager.createNativeQuery("""
                delete from matching_change old using matching_change later
                where later.organisation_id = old.organisation_id
                  and (later.changed_in > old.changed_in or later.changed_in = old.changed_in and later.ctid > old.ctid)""")
                .executeUpdate();
    }
}
