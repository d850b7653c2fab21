package eu.viaduc.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

import static eu.viaduc.platform.database.FreshPlans.plannedEachTime;

import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaSettings;
import eu.viaduc.platform.events.TraceContext;
import eu.viaduc.platform.events.KafkaCloudEvents;

/**
 * Publishes committed outbox rows to Kafka in position order and stamps them published once
 * the broker has acknowledged them (acks=all). At least once: a crash after the ack and
 * before the stamp publishes a row again, and consumers deduplicate on the event id.
 * <p>
 * One relay at a time per database (a PostgreSQL advisory lock), one batch at a time per
 * process. While the broker is down a batch stops at the first failure and rows simply wait;
 * writes are not affected. A row that fails for a reason of its own (too large for the broker, a
 * topic that is invalid, not authorised or keeps missing) is set aside with the reason after
 * {@code viaduc.outbox.relay.max-attempts} tries, or at once when retrying cannot help: the other
 * aggregates keep flowing, and later events of the same aggregate wait behind it, in order, until
 * an operator retries or discards it ({@link OutboxOperationsResource}).
 * <p>
 * The producer takes every {@code kafka.*} setting of the service (TLS, SASL, ...), as the
 * consumers do; the relay then fixes what its guarantees need (acks, idempotence, bounded waits).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by every instance of a service ("VIADUCOB"). */
    private static final long RELAY_LOCK = 0x5649414455434f42L;

    private final DataSource dataSource;
    private final boolean enabled;
    private final int batchSize;
    private final int maxAttempts;
    private final Properties kafkaSettings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final Counter published;
    private final Counter failedAttempts;
    private volatile Producer<String, String> producer;
    private volatile boolean lastDrainFailed;

    @Inject
    public OutboxRelay(DataSource dataSource,
            @ConfigProperty(name = "viaduc.outbox.relay.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "viaduc.outbox.relay.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "viaduc.outbox.relay.max-attempts", defaultValue = "10") int maxAttempts,
            Config config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.published = Counter.builder("viaduc.outbox.published").description("Events published and acknowledged")
                .register(registry);
        this.failedAttempts = Counter.builder("viaduc.outbox.failed.attempts")
                .description("Attempts to publish an event that failed for a reason of its own").register(registry);
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.kafkaSettings = KafkaSettings.of(config);
    }

    /** Asks for a drain soon; calls while one is pending coalesce into it. */
    public void wake() {
        if (enabled && drainRequested.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    @Scheduled(every = "${viaduc.outbox.relay.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        wake();
    }

    /** Published rows are kept a while for diagnosis, then removed. */
    @Scheduled(every = "1h", delayed = "1m")
    void deleteOldPublishedRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where published_at < ?")) {
            delete.setObject(1, OffsetDateTime.now().minus(Duration.ofDays(7)));
            delete.executeUpdate();
        }
    }

    private void drain() {
        // Cleared before draining: a wake-up during the drain schedules one more pass.
        drainRequested.set(false);
        try {
            int published;
            do {
                published = publishBatch();
            } while (published == batchSize);
            if (lastDrainFailed) {
                LOG.info("outbox relay publishes again");
                lastDrainFailed = false;
            }
        } catch (Exception e) {
            if (!lastDrainFailed) {
                LOG.warnf("outbox relay paused, events wait in the outbox: %s", e.getMessage());
            }
            lastDrainFailed = true;
            discardProducer();
        }
    }

    /** @return how many rows were published, which is less than asked when the outbox is empty */
    private int publishBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryRelayLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> rows = unpublished(connection);
                Outcome outcome = publish(rows);
                markPublished(connection, outcome.acknowledged());
                recordFailures(connection, outcome.rowFailures());
                connection.commit();
                published.increment(outcome.acknowledged().size());
                failedAttempts.increment(outcome.rowFailures().size());
                if (outcome.stop() != null) {
                    throw outcome.stop();
                }
                return rows.size() == batchSize ? batchSize : 0;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Sends rows in waves: each wave holds at most one row per aggregate (its earliest not yet sent),
     * and the next wave goes once this one is acknowledged, so an aggregate's later event can never
     * reach the broker before an earlier one that the broker refuses. A row whose own failure shows
     * (too large, an invalid, unauthorised or missing topic) is recorded and its aggregate held for
     * the rest of the batch; other aggregates go on. Any other failure (the broker down) stops the
     * batch, and what was not acknowledged is sent again by a later one.
     */
    private Outcome publish(List<OutboxRow> rows) {
        Map<String, ArrayDeque<OutboxRow>> bySubject = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            bySubject.computeIfAbsent(row.event().subject(), subject -> new ArrayDeque<>()).add(row);
        }
        List<Long> acknowledged = new ArrayList<>();
        List<RowFailure> rowFailures = new ArrayList<>();
        while (!bySubject.isEmpty()) {
            List<OutboxRow> wave = bySubject.values().stream().map(ArrayDeque::poll).toList();
            bySubject.values().removeIf(ArrayDeque::isEmpty);
            List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(wave.size());
            for (OutboxRow row : wave) {
                CompletableFuture<RecordMetadata> send = send(row);
                if (send.isCompletedExceptionally() && !isOwnFailure(send.exceptionNow())) {
                    // the broker is unreachable: everything waits for a later batch
                    return new Outcome(acknowledged, rowFailures, asException(send.exceptionNow()));
                }
                sends.add(send);
            }
            for (int i = 0; i < wave.size(); i++) {
                OutboxRow row = wave.get(i);
                try {
                    sends.get(i).get(30, TimeUnit.SECONDS);
                    acknowledged.add(row.position());
                } catch (ExecutionException e) {
                    if (!isOwnFailure(e.getCause())) {
                        return new Outcome(acknowledged, rowFailures, e);
                    }
                    rowFailures.add(new RowFailure(row, e.getCause(), isHopeless(e.getCause())));
                    bySubject.remove(row.event().subject());
                } catch (Exception e) {
                    return new Outcome(acknowledged, rowFailures, e);
                }
            }
        }
        return new Outcome(acknowledged, rowFailures, null);
    }

    /**
     * Completes through the producer's callback, not the producer's own future: that one chains
     * through every split of a batch the broker found too large, and a deep chain overflows the stack
     * of whoever waits on it. A failure the producer sees at once completes it at once.
     */
    private CompletableFuture<RecordMetadata> send(OutboxRow row) {
        CompletableFuture<RecordMetadata> send = new CompletableFuture<>();
        try {
            producer().send(row.record(), (metadata, error) -> {
                if (error != null) {
                    send.completeExceptionally(error);
                } else {
                    send.complete(metadata);
                }
            });
        } catch (Exception e) {
            send.completeExceptionally(e);
        }
        return send;
    }

    private static Exception asException(Throwable failure) {
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }

    /** A failure of this record, not of the broker: the relay goes on with other aggregates. */
    private static boolean isOwnFailure(Throwable failure) {
        return isHopeless(failure) || failure instanceof org.apache.kafka.common.errors.TimeoutException timeout
                && timeout.getMessage() != null && timeout.getMessage().contains("not present in metadata");
    }

    /** A failure that retrying the same record cannot cure: set aside at once. */
    private static boolean isHopeless(Throwable failure) {
        return failure instanceof RecordTooLargeException || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidTopicException || failure instanceof AuthorizationException
                || failure instanceof SerializationException || failure instanceof InvalidRecordException;
    }

    /** Counts each row's failed attempt; sets it aside when hopeless or after the last attempt. */
    private void recordFailures(Connection connection, List<RowFailure> failures) throws SQLException {
        for (RowFailure failure : failures) {
            try (PreparedStatement update = connection.prepareStatement("""
                    update outbox_event set attempts = attempts + 1, last_error = ?,
                           set_aside_at = case when ? or attempts + 1 >= ? then now() end
                    where position = ? returning set_aside_at is not null""")) {
                String reason = failure.cause().getClass().getSimpleName() + ": " + failure.cause().getMessage();
                update.setString(1, reason);
                update.setBoolean(2, failure.hopeless());
                update.setInt(3, maxAttempts);
                update.setLong(4, failure.row().position());
                try (ResultSet result = update.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        LOG.errorf("outbox event %s (%s about %s) set aside, later events of %s wait behind it: %s",
                                failure.row().event().id(), failure.row().event().type(), failure.row().event().subject(),
                                failure.row().event().subject(), reason);
                    }
                }
            }
        }
    }

    private boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Rows to publish, in order: neither set aside nor behind an earlier set-aside row of their aggregate. */
    private List<OutboxRow> unpublished(Connection connection) throws SQLException {
        UnpublishedScans.walkTheIndex(connection);
        // the batch is chosen by position alone, then read: sorting the whole backlog with its data for each
        // batch made a backlog of tens of thousands of rows cost in proportion to its square
        try (PreparedStatement select = plannedEachTime(connection.prepareStatement("""
                with held as materialized (
                    select subject, min(position) as from_position from outbox_event
                    where set_aside_at is not null and published_at is null group by subject),
                batch as (
                    select position from outbox_event o where published_at is null and set_aside_at is null
                    and not exists (select 1 from held where held.subject = o.subject and held.from_position < o.position)
                    order by position limit ?)
                select position, id, topic, type, source, subject, occurred_at, data::text, tombstone,
                       traceparent, request_id
                from outbox_event join batch using (position) order by position"""))) {
            select.setInt(1, batchSize);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    CloudEvent event = new CloudEvent(result.getString(2), result.getString(5), result.getString(4),
                            result.getString(6), result.getObject(7, OffsetDateTime.class), result.getString(8));
                    rows.add(new OutboxRow(result.getLong(1), result.getString(3), event, result.getBoolean(9),
                            result.getString(10), result.getString(11)));
                }
            }
            return rows;
        }
    }

    private void markPublished(Connection connection, List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = plannedEachTime(connection.prepareStatement(
                "update outbox_event set published_at = now() where position = any(?)"))) {
            update.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            update.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.putAll(kafkaSettings);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
            // Bounded waits: with the broker down a batch fails within seconds and the rows
            // stay in the outbox instead of piling up in the producer's memory.
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
            config.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    /** A producer that timed out may be left in a state it cannot leave; the next batch starts afresh. */
    private void discardProducer() {
        Producer<String, String> failed = producer;
        producer = null;
        if (failed != null) {
            failed.close(Duration.ZERO);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private record OutboxRow(long position, String topic, CloudEvent event, boolean tombstone, String traceparent,
            String requestId) {

        ProducerRecord<String, String> record() {
            if (tombstone) {
                return new ProducerRecord<>(topic, event.subject(), null);
            }
            ProducerRecord<String, String> record = KafkaCloudEvents.toRecord(topic, event);
            TraceContext.addTo(record.headers(), traceparent, requestId);
            return record;
        }
    }

    private record RowFailure(OutboxRow row, Throwable cause, boolean hopeless) {
    }

    /** What a batch did: rows acknowledged, rows that failed on their own, and what stopped it, if anything. */
    private record Outcome(List<Long> acknowledged, List<RowFailure> rowFailures, Exception stop) {
    }
}
