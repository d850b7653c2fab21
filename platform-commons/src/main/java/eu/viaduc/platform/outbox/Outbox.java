package eu.viaduc.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        // Flush the aggregate first, so its row lock is held before the event takes a position:
        // a concurrent change of the same aggregate then gets a later position, and the relay's
        // position order is the aggregate's commit order.
        entityManager.flush();
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into outbox_event (id, topic, type, source, subject, occurred_at, data, traceparent, request_id)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9)
                """)
                .setParameter(1, id)
                .setParameter(2, topic)
                .setParameter(3, type)
                .setParameter(4, source)
                .setParameter(5, subject)
                .setParameter(6, OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter(7, json)
                .setParameter(8, TraceContext.currentTraceparent().orElse(null))
                .setParameter(9, TraceContext.currentRequestId().orElse(null))
                .executeUpdate();
        // publishing right after commit keeps latency low; the relay's timer covers the rest
        AfterCommit.run(transactions, relay::wake);
        return id;
    }

    /**
     * A tombstone for the aggregate's key (a record without value): on a compacted topic, it removes
     * the aggregate's records for good. Published in order after the aggregate's events; consumers
     * skip it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendTombstone(String topic, String subject) {
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
        entityManager.createNativeQuery("delete from outbox_event where subject = ?1")
                .setParameter(1, subject)
                .executeUpdate();
    }

    private String toJson(Object data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data cannot be written as JSON", e);
        }
    }
}
