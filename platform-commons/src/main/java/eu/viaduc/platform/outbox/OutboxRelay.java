package eu.viaduc.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;

/**
 * Publishes committed outbox rows to Kafka in position order and stamps them published once
 * the broker has acknowledged them (acks=all). At least once: a crash after the ack and
 * before the stamp publishes a row again, and consumers deduplicate on the event id.
 * <p>
 * One relay at a time per database (a PostgreSQL advisory lock), one batch at a time per
 * process, and a batch stops at the first failure, so an aggregate's events never overtake
 * each other. While the broker is down rows simply wait; writes are not affected.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key shared by every instance of a service ("VIADUCOB"). */
    private static final long RELAY_LOCK = 0x5649414455434f42L;

    private final DataSource dataSource;
    private final boolean enabled;
    private final int batchSize;
    private final String bootstrapServers;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private volatile Producer<String, String> producer;
    private volatile boolean lastDrainFailed;

    @Inject
    public OutboxRelay(DataSource dataSource,
            @ConfigProperty(name = "viaduc.outbox.relay.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "viaduc.outbox.relay.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.bootstrapServers = bootstrapServers;
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
                List<Long> positions = new ArrayList<>();
                Exception failure = publish(rows, positions);
                markPublished(connection, positions);
                connection.commit();
                if (failure != null) {
                    throw failure;
                }
                return positions.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Sends rows in order; fills {@code acknowledged} with the positions of the acknowledged
     * prefix. Sending stops at the first record the producer rejects at once (no metadata while
     * the broker is down): were later records sent anyway, a later event of an aggregate could
     * reach the topic before an earlier one that is retried in the next batch.
     */
    private Exception publish(List<OutboxRow> rows, List<Long> acknowledged) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        try {
            for (OutboxRow row : rows) {
                Future<RecordMetadata> send = producer().send(KafkaCloudEvents.toRecord(row.topic(), row.event()));
                sends.add(send);
                if (send.isDone() && send.state() == Future.State.FAILED) {
                    break;
                }
            }
        } catch (Exception e) {
            return waitForAcks(rows, sends, acknowledged, e);
        }
        return waitForAcks(rows, sends, acknowledged, null);
    }

    private Exception waitForAcks(List<OutboxRow> rows, List<Future<RecordMetadata>> sends,
            List<Long> acknowledged, Exception sendFailure) {
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(30, TimeUnit.SECONDS);
                acknowledged.add(rows.get(i).position());
            } catch (Exception e) {
                return e;
            }
        }
        return sendFailure;
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

    private List<OutboxRow> unpublished(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select position, id, topic, type, source, subject, occurred_at, data::text
                from outbox_event where published_at is null order by position limit ?""")) {
            select.setInt(1, batchSize);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    CloudEvent event = new CloudEvent(result.getString(2), result.getString(5), result.getString(4),
                            result.getString(6), result.getObject(7, OffsetDateTime.class), result.getString(8));
                    rows.add(new OutboxRow(result.getLong(1), result.getString(3), event));
                }
            }
            return rows;
        }
    }

    private void markPublished(Connection connection, List<Long> positions) throws SQLException {
        if (positions.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where position = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", positions.toArray()));
            update.executeUpdate();
        }
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
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

    private record OutboxRow(long position, String topic, CloudEvent event) {
    }
}
