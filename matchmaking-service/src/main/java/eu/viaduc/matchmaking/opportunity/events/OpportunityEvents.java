package eu.viaduc.matchmaking.opportunity.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityText;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Opportunity events on {@value #TOPIC}, keyed by opportunity id, each carrying the whole opportunity
 * as it now stands. Drafts are the poster's business: the topic learns of an opportunity when it is
 * published. The topic is compacted: its last record per opportunity is the opportunity.
 */
@ApplicationScoped
public class OpportunityEvents {

    public static final String TOPIC = "viaduc.matchmaking.opportunities";
    public static final String PUBLISHED_V1 = "eu.viaduc.matchmaking.opportunity.published.v1";
    public static final String UPDATED_V1 = "eu.viaduc.matchmaking.opportunity.updated.v1";
    public static final String RENEWED_V1 = "eu.viaduc.matchmaking.opportunity.renewed.v1";
    public static final String CLOSED_V1 = "eu.viaduc.matchmaking.opportunity.closed.v1";
    public static final String EXPIRED_V1 = "eu.viaduc.matchmaking.opportunity.expired.v1";

    private final Outbox outbox;
    private final EntityManager entityManager;

    @Inject
    public OpportunityEvents(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Appends the event of this change; flushes first, so that the event carries the new version. */
    public void append(String type, Opportunity opportunity) {
        entityManager.flush();
        outbox.append(TOPIC, type, opportunity.id().toString(), Snapshot.of(opportunity));
    }

    /** Data of every opportunity event; see the JSON Schemas in event-contracts. */
    public record Snapshot(UUID opportunityId, long version, UUID organisationId, String type, String status,
            String originalLanguage, Map<String, OpportunityText> texts, List<String> requiredCompetences,
            List<String> keywords, List<String> naceCodes, List<String> countriesSought, Integer quantity,
            String quantityUnit, LocalDate deadline, OffsetDateTime publishedAt, OffsetDateTime expiresAt,
            String closeReason, OffsetDateTime changedAt) {

        static Snapshot of(Opportunity o) {
            return new Snapshot(o.id(), o.version(), o.organisationId(), o.type().name(), o.status().name(),
                    o.originalLanguage(), o.texts(), o.requiredCompetences(), o.keywords(), o.naceCodes(),
                    o.countriesSought(), o.quantity(), o.quantityUnit(), o.deadline(), o.publishedAt(), o.expiresAt(),
                    o.closeReason(), o.changedAt());
        }
    }
}
