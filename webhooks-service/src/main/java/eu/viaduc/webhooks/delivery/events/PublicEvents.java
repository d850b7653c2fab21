package eu.viaduc.webhooks.delivery.events;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.hibernate.Session;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;
import eu.viaduc.webhooks.subscription.service.SubscriptionSettings;

/**
 * The public channels, as the services' outboxes published them: each event of a subscribable type is
 * kept once in the event log and, in the same transaction, queued for every subscription to its type.
 * The inbox makes it idempotent and waits out a database outage, so an event is never lost on the way.
 * An organisation's erasure takes its earlier events out of the log: they are not sent again.
 */
@ApplicationScoped
public class PublicEvents {

    /** After it, what was published of the organisation must not go out again, not even in a replay. */
    static final String ORGANISATION_ERASED = "eu.viaduc.members.organisation.erased.v1";

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Map<String, EventHandler> handlers;

    @Inject
    public PublicEvents(Inbox inbox, EntityManager entityManager, SubscriptionSettings settings) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        // an erasure is queued on its own, in its place among the others: it takes the earlier ones out
        EventHandler queueAll = EventHandler.inBulk(this::queueAll);
        EventHandler queueErasure = this::queueErasure;
        this.handlers = settings.eventTypes().stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                type -> ORGANISATION_ERASED.equals(type) ? queueErasure : queueAll));
    }

    @Incoming("public-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    /** Logs these events and queues a delivery of each to every subscription of its type; one statement. */
    private void queueAll(List<CloudEvent> events) {
        String[] times = events.stream().map(event -> event.time().toString()).toArray(String[]::new);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement queue = connection.prepareStatement("""
                    with logged as (
                        insert into event_log (source, event_id, type, subject, time, data)
                        select source, event_id, type, subject, time::timestamptz, data::jsonb
                        from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                            as given (source, event_id, type, subject, time, data)
                        on conflict (source, event_id) do nothing
                        returning seq, type, subject)
                    insert into delivery (subscription_id, seq, subject, status)
                    select s.id, logged.seq, logged.subject, 'PENDING' from logged
                    join subscription s on s.deleted_at is null and logged.type = any(s.event_types)""")) {
                queue.setArray(1, connection.createArrayOf("text", events.stream().map(CloudEvent::source).toArray()));
                queue.setArray(2, connection.createArrayOf("text", events.stream().map(CloudEvent::id).toArray()));
                queue.setArray(3, connection.createArrayOf("text", events.stream().map(CloudEvent::type).toArray()));
                queue.setArray(4, connection.createArrayOf("text", events.stream().map(CloudEvent::subject).toArray()));
                queue.setArray(5, connection.createArrayOf("text", times));
                queue.setArray(6, connection.createArrayOf("text", events.stream().map(CloudEvent::data).toArray()));
                queue.executeUpdate();
            }
        });
    }

    private void queueErasure(CloudEvent event) {
        Number seq = (Number) entityManager.createNativeQuery("""
                insert into event_log (source, event_id, type, subject, time, data) values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb))
                on conflict (source, event_id) do nothing returning seq""")
                .setParameter(1, event.source()).setParameter(2, event.id()).setParameter(3, event.type())
                .setParameter(4, event.subject()).setParameter(5, event.time()).setParameter(6, event.data())
                .getResultStream().findFirst().orElse(null);
        if (seq == null) {
            return; // had it already
        }
        forgetEarlierEventsOf(event.subject(), seq.longValue());
        entityManager.createNativeQuery("""
                insert into delivery (subscription_id, seq, subject, status)
                select s.id, ?1, ?2, 'PENDING' from subscription s where s.deleted_at is null and ?3 = any(s.event_types)""")
                .setParameter(1, seq.longValue()).setParameter(2, event.subject()).setParameter(3, event.type())
                .executeUpdate();
    }

    /** The organisation's earlier events leave the log, with their deliveries still waiting; the erasure itself goes out. */
    private void forgetEarlierEventsOf(String subject, long erasure) {
        entityManager.createNativeQuery("""
                delete from delivery where seq in (select seq from event_log where subject = ?1 and seq < ?2)""")
                .setParameter(1, subject).setParameter(2, erasure).executeUpdate();
        entityManager.createNativeQuery("delete from event_log where subject = ?1 and seq < ?2")
                .setParameter(1, subject).setParameter(2, erasure).executeUpdate();
    }
}
