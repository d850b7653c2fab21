package eu.viaduc.exchange.offer.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.platform.outbox.Outbox;

/** Hosting offer events, keyed by offer id; each carries the whole offer. */
@ApplicationScoped
public class HostingOfferEvents {

    public static final String TOPIC = "viaduc.exchange.hosting-offers";
    public static final String CHANGED_V1 = "eu.viaduc.exchange.hosting-offer.changed.v1";

    private final Outbox outbox;

    @Inject
    public HostingOfferEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change is flushed, so that the event carries the new version. */
    public void changed(HostingOffer offer) {
        outbox.append(TOPIC, CHANGED_V1, offer.id().toString(), new Snapshot(offer.id(), offer.version(),
                offer.programmeId(), offer.hostOrganisationId(), offer.topic(), offer.valueChain(),
                List.copyOf(offer.languages()), offer.availableFrom(), offer.availableUntil(), offer.capacity(),
                offer.status().name(), offer.changedAt()));
    }

    /** Data of hosting-offer.changed.v1; see its JSON Schema in event-contracts. */
    public record Snapshot(UUID offerId, long version, UUID programmeId, UUID hostOrganisationId, String topic,
            String valueChain, List<String> languages, LocalDate availableFrom, LocalDate availableUntil, int capacity,
            String status, OffsetDateTime changedAt) {
    }
}
