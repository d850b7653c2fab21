package eu.viaduc.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.hibernate.Session;

import eu.viaduc.platform.database.TransientFailures;
import eu.viaduc.platform.deadletter.DeadLetters;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.platform.events.TraceContext;

/**
 * Makes a Kafka consumer idempotent, outage-proof and poison-proof. Each event is applied in one
 * transaction together with its inbox row, so a redelivered event has no second effect.
 * <ul>
 * <li>A transient failure (the database down or restarting, a deadlock, a timeout: see
 * {@link TransientFailures}) is retried with a growing pause for as long as it lasts: the
 * partition waits, and nothing is lost or dead-lettered.</li>
 * <li>An event that breaks its contract fails at once; one whose handler keeps failing for another
 * reason is retried a bounded number of times. Either way the failure is rethrown, and the channel's
 * dead-letter strategy moves the record to the dead-letter topic with the reason, so the partition
 * keeps flowing.</li>
 * </ul>
 * A high-volume consumer hands over a poll's records at once ({@link #processBatch}): they are applied
 * in one transaction, their inbox rows inserted in one statement, so an import's tens of thousands of
 * events do not cost a commit each; a handler made {@link EventHandler#inBulk} is handed each run of
 * consecutive events that share it, to write them in a few statements. Should one of them fail for a reason that is not transient, the
 * batch is rolled back and its events applied one by one as above; the failing one is set aside on the
 * dead-letter topic by {@link DeadLetters}, and the others go through.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final EventSchemas schemas;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final AtomicLong transientRetries = new AtomicLong();
    private final MeterRegistry registry;
    private final Tracer tracer;
    private final DeadLetters deadLetters;

    @Inject
    public Inbox(EntityManager entityManager, EventSchemas schemas, MeterRegistry registry, Tracer tracer,
            DeadLetters deadLetters,
            @ConfigProperty(name = "viaduc.inbox.max-attempts", defaultValue = "3") int maxAttempts,
            @ConfigProperty(name = "viaduc.inbox.first-backoff", defaultValue = "PT0.2S") Duration firstBackoff,
            @ConfigProperty(name = "viaduc.inbox.max-backoff", defaultValue = "PT5S") Duration maxBackoff) {
        this.entityManager = entityManager;
        this.schemas = schemas;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.registry = registry;
        this.tracer = tracer;
        this.deadLetters = deadLetters;
    }

    /** How many times an event was retried after a transient failure, since start. */
    public long transientRetries() {
        return transientRetries.get();
    }

    /**
     * Reads the record as a CloudEvent, checks its contract and applies it once with the
     * handler of its type. Types without a handler are skipped: a topic may carry event types
     * (or newer versions) this consumer has no use for.
     */
    public void process(ConsumerRecord<String, String> record, Map<String, EventHandler> handlersByType) {
        if (record.value() == null) {
            // a tombstone: compaction's marker that the key's records are gone; the event before it said why
            return;
        }
        // the trace of the change that published the event goes on here, and so does its request id
        Span span = consumerSpan(record);
        TraceContext.header(record.headers(), TraceContext.CE_REQUEST_ID)
                .ifPresentOrElse(id -> MDC.put(TraceContext.REQUEST_ID, id), () -> MDC.remove(TraceContext.REQUEST_ID));
        try (Scope scope = span.makeCurrent()) {
            processOnce(record, handlersByType);
        } catch (InvalidEventException e) {
            count("viaduc.inbox.dead.lettered", record, "reason", "invalid");
            throw e;
        } catch (EventProcessingException e) {
            count("viaduc.inbox.dead.lettered", record, "reason", "kept-failing");
            throw e;
        } finally {
            span.end();
            MDC.remove(TraceContext.REQUEST_ID);
        }
    }

    /**
     * Applies a poll's records, each once, in one transaction (see the class comment). Returns once
     * every record is applied, skipped or set aside on the dead-letter topic: the channel may then
     * commit the batch's offsets. A transient failure makes the whole batch wait and retry.
     */
    public void processBatch(Iterable<ConsumerRecord<String, String>> records, Map<String, EventHandler> handlersByType) {
        List<Pending> pending = new ArrayList<>();
        try {
            for (ConsumerRecord<String, String> record : records) {
                Pending one = read(record, handlersByType);
                if (one != null) {
                    pending.add(one);
                }
            }
            if (!pending.isEmpty()) {
                applyAll(pending, handlersByType);
            }
        } finally {
            pending.forEach(one -> one.span().end());
        }
    }

    /** The record as an event to apply; null when there is nothing to apply; set aside when it breaks its contract. */
    private Pending read(ConsumerRecord<String, String> record, Map<String, EventHandler> handlersByType) {
        if (record.value() == null) {
            return null;
        }
        try {
            CloudEvent event = KafkaCloudEvents.fromRecord(record);
            EventHandler handler = handlersByType.get(event.type());
            if (handler == null) {
                return null;
            }
            schemas.check(event.type(), event.data());
            return new Pending(record, event, handler, consumerSpan(record));
        } catch (InvalidEventException e) {
            count("viaduc.inbox.dead.lettered", record, "reason", "invalid");
            deadLetters.setAside(record, e);
            return null;
        }
    }

    private void applyAll(List<Pending> pending, Map<String, EventHandler> handlersByType) {
        Duration backoff = firstBackoff;
        for (long attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyInOneTransaction(pending));
                countApplied(pending);
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    LOG.infof("a batch of %d events failed (%s); applying them one by one", pending.size(), e.toString());
                    pending.forEach(one -> applyAlone(one.record(), handlersByType));
                    return;
                }
                transientRetries.incrementAndGet();
                count("viaduc.inbox.retries", pending.get(0).record(), "kind", "transient");
                if (attempt == 1 || attempt % 20 == 0) {
                    LOG.warnf("a batch of %d events waits for a transient failure to pass (attempt %d): %s",
                            pending.size(), attempt, e.getMessage());
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private void applyInOneTransaction(List<Pending> pending) {
        Set<EventKey> fresh = insertInboxRows(pending);
        List<Pending> run = new ArrayList<>();
        for (Pending one : pending) {
            // remove: an event delivered twice within the batch is applied once
            if (!fresh.remove(one.key())) {
                LOG.debugf("event %s from %s was already processed", one.event().id(), one.event().source());
                continue;
            }
            if (!run.isEmpty() && run.get(0).handler() != one.handler()) {
                applyRun(run);
                run = new ArrayList<>();
            }
            run.add(one);
        }
        if (!run.isEmpty()) {
            applyRun(run);
        }
    }

    /** Consecutive events of one handler: at once if it is a bulk handler, else one by one. */
    private void applyRun(List<Pending> run) {
        if (run.get(0).handler() instanceof BulkEventHandler bulk) {
            // written together: the first event's trace and request id stand for the run
            applyWithin(run.get(0), () -> bulk.applyAll(run.stream().map(Pending::event).toList()));
        } else {
            run.forEach(one -> applyWithin(one, () -> one.handler().apply(one.event())));
        }
    }

    private void applyWithin(Pending one, Runnable application) {
        TraceContext.header(one.record().headers(), TraceContext.CE_REQUEST_ID).ifPresentOrElse(
                id -> MDC.put(TraceContext.REQUEST_ID, id), () -> MDC.remove(TraceContext.REQUEST_ID));
        try (Scope scope = one.span().makeCurrent()) {
            application.run();
            // the written entities leave the persistence context: otherwise every query of a later event
            // would first dirty-check all the batch's entities (quadratic in its size)
            entityManager.flush();
            entityManager.clear();
        } finally {
            MDC.remove(TraceContext.REQUEST_ID);
        }
    }

    /** One statement for the batch's inbox rows; returns the events not processed before. */
    private Set<EventKey> insertInboxRows(List<Pending> pending) {
        int size = pending.size();
        String[] sources = new String[size];
        String[] ids = new String[size];
        String[] types = new String[size];
        String[] topics = new String[size];
        String[] traces = new String[size];
        for (int i = 0; i < size; i++) {
            Pending one = pending.get(i);
            sources[i] = one.event().source();
            ids[i] = one.event().id();
            types[i] = one.event().type();
            topics[i] = one.record().topic();
            traces[i] = one.span().getSpanContext().isValid() ? one.span().getSpanContext().getTraceId() : null;
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (source, id, type, topic, trace_id)
                    select * from unnest(?, ?, ?, ?, ?) on conflict do nothing returning source, id""")) {
                insert.setArray(1, text(connection, sources));
                insert.setArray(2, text(connection, ids));
                insert.setArray(3, text(connection, types));
                insert.setArray(4, text(connection, topics));
                insert.setArray(5, text(connection, traces));
                Set<EventKey> inserted = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(new EventKey(rows.getString(1), rows.getString(2)));
                    }
                }
                return inserted;
            }
        });
    }

    private static java.sql.Array text(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    /** The per-event path, with its own transaction and retries; what keeps failing is set aside. */
    private void applyAlone(ConsumerRecord<String, String> record, Map<String, EventHandler> handlersByType) {
        try {
            process(record, handlersByType);
        } catch (InvalidEventException | EventProcessingException e) {
            deadLetters.setAside(record, e);
        }
    }

    private Span consumerSpan(ConsumerRecord<String, String> record) {
        // the trace of the change that published the event goes on here
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.current(), record.headers(), HEADERS);
        return tracer.spanBuilder("apply " + record.topic()).setParent(parent).setSpanKind(SpanKind.CONSUMER).startSpan();
    }

    private record EventKey(String source, String id) {
    }

    private record Pending(ConsumerRecord<String, String> record, CloudEvent event, EventHandler handler, Span span) {

        EventKey key() {
            return new EventKey(event.source(), event.id());
        }
    }

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return java.util.Arrays.stream(headers.toArray()).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            return headers == null ? null : TraceContext.header(headers, key).orElse(null);
        }
    };

    /** One increment per topic and type: a meter lookup per event costs as much as a small handler. */
    private void countApplied(List<Pending> pending) {
        Map<List<String>, Long> applied = new HashMap<>();
        pending.forEach(one -> applied.merge(List.of(one.record().topic(), one.event().type()), 1L, Long::sum));
        applied.forEach((topicAndType, events) -> registry
                .counter("viaduc.inbox.applied", "topic", topicAndType.get(0), "type", topicAndType.get(1))
                .increment(events));
    }

    private void count(String meter, ConsumerRecord<String, String> record, String tag, String value) {
        registry.counter(meter, "topic", record.topic(), tag, value).increment();
    }

    private void processOnce(ConsumerRecord<String, String> record, Map<String, EventHandler> handlersByType) {
        CloudEvent event = KafkaCloudEvents.fromRecord(record);
        EventHandler handler = handlersByType.get(event.type());
        if (handler == null) {
            LOG.debugf("skipping event %s of type %s", event.id(), event.type());
            return;
        }
        schemas.check(event.type(), event.data());
        Duration backoff = firstBackoff;
        int failures = 0;
        for (long attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(record.topic(), event, handler));
                count("viaduc.inbox.applied", record, "type", event.type());
                if (attempt > 1) {
                    LOG.infof("event %s (%s) applied on attempt %d", event.id(), event.type(), attempt);
                }
                return;
            } catch (InvalidEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (TransientFailures.isTransient(e)) {
                    transientRetries.incrementAndGet();
                    count("viaduc.inbox.retries", record, "kind", "transient");
                    // said once, then every 20th time: an outage of minutes must not flood the log
                    if (attempt == 1 || attempt % 20 == 0) {
                        LOG.warnf("event %s (%s) waits for a transient failure to pass (attempt %d): %s", event.id(),
                                event.type(), attempt, e.getMessage());
                    }
                } else if (++failures >= maxAttempts) {
                    throw new EventProcessingException(event, failures, e);
                } else {
                    count("viaduc.inbox.retries", record, "kind", "failure");
                    LOG.warnf("event %s (%s) failed on attempt %d, retrying: %s", event.id(), event.type(), attempt, e);
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private void applyOnce(String topic, CloudEvent event, EventHandler handler) {
        int inserted = entityManager.createNativeQuery("""
                insert into inbox_event (source, id, type, topic, trace_id) values (?1, ?2, ?3, ?4, ?5)
                on conflict do nothing""")
                .setParameter(1, event.source())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, topic)
                .setParameter(5, Span.current().getSpanContext().isValid() ? Span.current().getSpanContext().getTraceId() : null)
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("event %s from %s was already processed", event.id(), event.source());
            return;
        }
        handler.apply(event);
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
