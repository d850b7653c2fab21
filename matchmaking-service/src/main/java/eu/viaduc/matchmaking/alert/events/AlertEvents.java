package eu.viaduc.matchmaking.alert.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.platform.outbox.Outbox;

/**
 * Alerts on {@value #TOPIC}, keyed by the person's token subject (so one person's alerts stay in order),
 * for a notification service or an app: who should hear of which opportunity, and why. The address and
 * everything else personal stays in this service.
 */
@ApplicationScoped
public class AlertEvents {

    public static final String TOPIC = "viaduc.matchmaking.alerts";
    public static final String RAISED_V1 = "eu.viaduc.matchmaking.alert.raised.v1";

    private final Outbox outbox;

    @Inject
    public AlertEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void raised(Raised alert) {
        outbox.append(TOPIC, RAISED_V1, alert.subject(), alert);
    }

    /** Data of alert.raised.v1; see its JSON Schema in event-contracts. */
    public record Raised(UUID alertId, String subject, UUID opportunityId, String opportunityType, String kind,
            UUID savedSearchId, UUID organisationId, OffsetDateTime raisedAt) {
    }
}
