package eu.viaduc.webhooks.delivery.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.platform.database.SqlTimes;
import eu.viaduc.webhooks.delivery.service.Callbacks.Event;
import eu.viaduc.webhooks.delivery.service.Callbacks.Outcome;
import eu.viaduc.webhooks.subscription.service.SubscriptionSettings;

/**
 * Sends what is due, at least once and in order per aggregate: for each subscription and subject only the
 * oldest pending delivery may go, so a later event of the same organisation never overtakes an earlier one.
 * A delivery is leased while its call runs (its next attempt moved past the call's timeout), so several
 * instances never send the same one at once; a crash during the call leaves it to be sent again.
 * A failure is tried again after a growing pause; after the last try the delivery is dead, the
 * subscription's dead letters list it, and the next event of that subject may go.
 */
@ApplicationScoped
public class DeliverEvents {

    private static final Logger LOG = Logger.getLogger(DeliverEvents.class);
    private static final int BATCH = 100;

    private record Due(UUID subscriptionId, long seq, int attempts, OffsetDateTime lease, String callbackUrl, String secret,
            Event event) {
    }

    private final EntityManager entityManager;
    private final Callbacks callbacks;
    private final SubscriptionSettings settings;

    @Inject
    public DeliverEvents(EntityManager entityManager, Callbacks callbacks, SubscriptionSettings settings) {
        this.entityManager = entityManager;
        this.callbacks = callbacks;
        this.settings = settings;
    }

    @Scheduled(every = "${viaduc.webhooks.deliver-every:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        List<Due> due;
        do {
            due = QuarkusTransaction.requiringNew().call(this::claim);
            send(due);
        } while (due.size() == BATCH);
    }

    /** The heads of the queues that are due, leased for the length of a call. */
    @SuppressWarnings("unchecked")
    private List<Due> claim() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                with heads as (
                    select distinct on (subscription_id, subject) subscription_id, seq, next_attempt_at
                    from delivery where status = 'PENDING' order by subscription_id, subject, seq)
                select d.subscription_id, d.seq, d.attempts, s.callback_url, s.secret,
                       e.event_id, e.source, e.type, e.subject, e.time, cast(e.data as text)
                from heads h join delivery d on d.subscription_id = h.subscription_id and d.seq = h.seq
                join subscription s on s.id = d.subscription_id join event_log e on e.seq = d.seq
                where h.next_attempt_at <= now() and s.deleted_at is null
                  -- checked again on the locked row: another instance may have claimed or settled it meanwhile
                  and d.status = 'PENDING' and d.next_attempt_at <= now()
                order by d.seq limit ?1 for update of d skip locked""")
                .setParameter(1, BATCH).getResultList();
        List<Due> due = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            // the lease's end is also its token: a result is recorded only if nothing (a replay) reset the row meanwhile
            Object lease = entityManager.createNativeQuery("""
                    update delivery set next_attempt_at = now() + ?3 * interval '1 millisecond'
                    where subscription_id = ?1 and seq = ?2 returning next_attempt_at""")
                    .setParameter(1, row[0]).setParameter(2, row[1]).setParameter(3, settings.timeout().multipliedBy(3).toMillis())
                    .getSingleResult();
            due.add(new Due((UUID) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).intValue(),
                    SqlTimes.toOffsetDateTime(lease), (String) row[3], (String) row[4], new Event((String) row[5],
                            (String) row[6], (String) row[7], (String) row[8], SqlTimes.toOffsetDateTime(row[9]),
                            (String) row[10])));
        }
        return due;
    }

    /** The calls run side by side (each a different subject's head), each result recorded on its own. */
    private void send(List<Due> due) {
        if (due.isEmpty()) {
            return;
        }
        try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (Due delivery : due) {
                running.add(calls.submit(() -> {
                    Outcome outcome = callbacks.call(delivery.callbackUrl(), delivery.secret(), delivery.event());
                    QuarkusTransaction.requiringNew().run(() -> record(delivery, outcome));
                }));
            }
            for (Future<?> call : running) {
                try {
                    call.get();
                } catch (Exception e) {
                    // its lease runs out and it is sent again: at least once
                    LOG.warnf("a delivery could not be recorded: %s", e.getMessage());
                }
            }
        }
    }

    private void record(Due delivery, Outcome outcome) {
        int attempts = delivery.attempts() + 1;
        if (outcome.delivered()) {
            entityManager.createNativeQuery("""
                    update delivery set status = 'DELIVERED', attempts = ?3, last_status = ?4, last_error = null,
                    settled_at = now() where subscription_id = ?1 and seq = ?2 and status = 'PENDING' and next_attempt_at = ?5""")
                    .setParameter(1, delivery.subscriptionId()).setParameter(2, delivery.seq()).setParameter(3, attempts)
                    .setParameter(4, outcome.status()).setParameter(5, delivery.lease()).executeUpdate();
            return;
        }
        boolean dead = attempts >= settings.maxAttempts();
        entityManager.createNativeQuery("""
                update delivery set status = ?3, attempts = ?4, last_status = ?5, last_error = ?6,
                next_attempt_at = now() + ?7 * interval '1 millisecond', settled_at = case when ?3 = 'DEAD' then now() end
                where subscription_id = ?1 and seq = ?2 and status = 'PENDING' and next_attempt_at = ?8""")
                .setParameter(1, delivery.subscriptionId()).setParameter(2, delivery.seq())
                .setParameter(3, dead ? "DEAD" : "PENDING").setParameter(4, attempts).setParameter(5, outcome.status())
                .setParameter(6, outcome.error()).setParameter(7, pauseAfter(attempts).toMillis())
                .setParameter(8, delivery.lease()).executeUpdate();
        if (dead) {
            LOG.warnf("event %s to subscription %s is dead after %d attempts: %s", delivery.event().id(),
                    delivery.subscriptionId(), attempts, outcome.error());
        }
    }

    /** 5 s, 10 s, 20 s... at most the longest pause. */
    Duration pauseAfter(int attempts) {
        Duration pause = settings.firstRetry().multipliedBy(1L << Math.min(20, attempts - 1));
        return pause.compareTo(settings.maxRetry()) > 0 ? settings.maxRetry() : pause;
    }
}
