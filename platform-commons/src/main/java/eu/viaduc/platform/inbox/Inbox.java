package eu.viaduc.platform.inbox;

import java.time.Duration;
import java.util.Map;
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

import eu.viaduc.platform.database.TransientFailures;
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

    @Inject
    public Inbox(EntityManager entityManager, EventSchemas schemas, MeterRegistry registry, Tracer tracer,
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
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.current(), record.headers(), HEADERS);
        Span span = tracer.spanBuilder("apply " + record.topic()).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .startSpan();
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
