package eu.viaduc.matchmaking.federation.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.matchmaking.federation.model.FederationSource;
import eu.viaduc.platform.outbox.Outbox;

/**
 * The registered partner platforms on {@value #TOPIC}, keyed by platform id, each event the platform as it
 * now stands. The topic is compacted: members-service keeps its read model of the platforms from it, to
 * take their cluster profiles from {@code viaduc.federation.inbound}.
 */
@ApplicationScoped
public class FederationSourceEvents {

    public static final String TOPIC = "viaduc.matchmaking.federation-sources";
    public static final String REGISTERED_V1 = "eu.viaduc.matchmaking.federation-source.registered.v1";

    private final Outbox outbox;

    @Inject
    public FederationSourceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(FederationSource source) {
        outbox.append(TOPIC, REGISTERED_V1, source.id(), new Snapshot(source.id(), source.name(), source.sourceUri(),
                source.website(), source.registeredAt(), OffsetDateTime.now(ZoneOffset.UTC)));
    }

    /** Data of federation-source.registered.v1; see its JSON Schema in event-contracts. */
    public record Snapshot(String sourceId, String name, String sourceUri, String website, OffsetDateTime registeredAt,
            OffsetDateTime changedAt) {
    }
}
