package eu.viaduc.matchmaking.interest.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Expression-of-interest events on {@value #TOPIC}, keyed by expression id, each carrying its state
 * (never its message, which is for the two organisations). The topic is compacted: its last record per
 * expression is the expression, so members-service can rebuild its introductions from it.
 */
@ApplicationScoped
public class InterestEvents {

    public static final String TOPIC = "viaduc.matchmaking.interests";
    public static final String SENT_V1 = "eu.viaduc.matchmaking.interest.sent.v1";
    public static final String ACCEPTED_V1 = "eu.viaduc.matchmaking.interest.accepted.v1";
    public static final String DECLINED_V1 = "eu.viaduc.matchmaking.interest.declined.v1";
    public static final String INTRODUCED_V1 = "eu.viaduc.matchmaking.interest.introduced.v1";
    public static final String EXPIRED_V1 = "eu.viaduc.matchmaking.interest.expired.v1";

    private final Outbox outbox;
    private final EntityManager entityManager;

    @Inject
    public InterestEvents(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Appends the event of this change; flushes first, so that the event carries the new version. */
    public void append(String type, Interest interest) {
        entityManager.flush();
        outbox.append(TOPIC, type, interest.id().toString(), Snapshot.of(interest));
    }

    /** Data of every interest event; see the JSON Schemas in event-contracts. */
    public record Snapshot(UUID interestId, long version, UUID opportunityId, UUID posterOrganisationId,
            UUID organisationId, String status, OffsetDateTime sentAt, OffsetDateTime expiresAt,
            OffsetDateTime answeredAt, OffsetDateTime introducedAt) {

        static Snapshot of(Interest i) {
            return new Snapshot(i.id(), i.version(), i.opportunityId(), i.posterOrganisationId(), i.organisationId(),
                    i.status().name(), i.sentAt(), i.expiresAt(), i.answeredAt(), i.introducedAt());
        }
    }
}
