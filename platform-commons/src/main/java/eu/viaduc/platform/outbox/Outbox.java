package eu.viaduc.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.Session;

import eu.viaduc.platform.database.AfterCommit;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.events.TraceContext;
import eu.viaduc.platform.problem.Problem.Violation;
import eu.viaduc.platform.problem.ProblemException;

/**
 * Records a domain event in the caller's transaction. The event exists exactly when the change
 * it describes was committed; {@link OutboxRelay} publishes it afterwards, at least once.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final EventSchemas schemas;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;
    private final int maxEventBytes;
    /** The events held by {@link #appendingTogether}, on the thread that runs it. */
    private final ThreadLocal<List<Row>> held = new ThreadLocal<>();

    @Inject
    public Outbox(EntityManager entityManager, ObjectMapper mapper, EventSchemas schemas,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            @ConfigProperty(name = "viaduc.events.source") String source,
            @ConfigProperty(name = "viaduc.outbox.max-event-bytes", defaultValue = "900000") int maxEventBytes) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.schemas = schemas;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * Appends an event about aggregate {@code subject} to the outbox.
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String subject, Object data) {
        String json = toJson(data);
        // The broker takes records of about 1 MB: a change whose event would be larger is refused
        // here, as the caller's mistake, rather than stuck in the outbox.
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxEventBytes) {
            throw new ProblemException(413, "Content Too Large", "this change would make an event of " + bytes
                    + " bytes, over the limit of " + maxEventBytes + " bytes an event may have; send less",
                    List.of(new Violation("body", "makes an event over " + maxEventBytes + " bytes")));
        }
        // A contract break is a bug in this service: fail the change rather than publish it.
        schemas.check(type, json);
        Row row = new Row(UUID.randomUUID(), topic, type, subject, OffsetDateTime.now(ZoneOffset.UTC), json,
                TraceContext.currentTraceparent().orElse(null), TraceContext.currentRequestId().orElse(null));
        List<Row> together = held.get();
        if (together != null) {
            together.add(row);
            return row.id();
        }
        // Flush the aggregate first, so its row lock is held before the event takes a position:
        // a concurrent change of the same aggregate then gets a later position, and the relay's
        // position order is the aggregate's commit order.
        entityManager.flush();
        write(List.of(row));
        // publishing right after commit keeps latency low; the relay's timer covers the rest
        AfterCommit.run(transactions, relay::wake);
        return row.id();
    }

    /**
     * Runs {@code work} in the caller's transaction, holding the events it appends and writing them, in
     * the order appended, when it ends: one flush of the aggregates (made whether or not it appended any),
     * then one batched insert. For work that changes many aggregates at once (a member-file import): an
     * event per aggregate would otherwise cost a flush and a round trip each. The events' positions still
     * follow their order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendingTogether(Runnable work) {
        if (held.get() != null) {
            work.run();
            return;
        }
        List<Row> rows = new ArrayList<>();
        held.set(rows);
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            // the held events are dropped with the failure: the changes they describe must not commit without them
            transactions.setRollbackOnly();
            throw e;
        } finally {
            held.remove();
        }
        entityManager.flush();
        if (!rows.isEmpty()) {
            write(rows);
            AfterCommit.run(transactions, relay::wake);
        }
    }

    private void write(List<Row> rows) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, topic, type, source, subject, occurred_at, data, traceparent, request_id)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
                for (Row row : rows) {
                    insert.setObject(1, row.id());
                    insert.setString(2, row.topic());
                    insert.setString(3, row.type());
                    insert.setString(4, source);
                    insert.setString(5, row.subject());
                    insert.setObject(6, row.occurredAt());
                    insert.setString(7, row.json());
                    insert.setString(8, row.traceparent());
                    insert.setString(9, row.requestId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private record Row(UUID id, String topic, String type, String subject, OffsetDateTime occurredAt, String json,
            String traceparent, String requestId) {
    }

    /**
     * A tombstone for the aggregate's key (a record without value): on a compacted topic, it removes
     * the aggregate's records for good. Published in order after the aggregate's events; consumers
     * skip it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendTombstone(String topic, String subject) {
        requireNothingHeld();
        entityManager.flush();
        entityManager.createNativeQuery("""
                insert into outbox_event (id, topic, type, source, subject, occurred_at, data, tombstone)
                values (?1, ?2, 'tombstone', ?3, ?4, ?5, '{}'::jsonb, true)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, topic).setParameter(3, source)
                .setParameter(4, subject).setParameter(5, OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        // publishing right after commit keeps latency low; the relay's timer covers the rest
        AfterCommit.run(transactions, relay::wake);
    }

    /**
     * Erasure (GDPR): every event about this aggregate still here, published (kept a week for
     * diagnosis) or not yet, is deleted, so its data neither stays nor goes out. Call it before
     * appending the erasure's own events, which then go out alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String subject) {
        requireNothingHeld();
        entityManager.createNativeQuery("delete from outbox_event where subject = ?1")
                .setParameter(1, subject)
                .executeUpdate();
    }

    /** A tombstone or an erasure takes effect at once: never while appended events are held back. */
    private void requireNothingHeld() {
        if (held.get() != null) {
            throw new IllegalStateException("tombstones and erasures are not for work run by appendingTogether");
        }
    }

    private String toJson(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }
}
