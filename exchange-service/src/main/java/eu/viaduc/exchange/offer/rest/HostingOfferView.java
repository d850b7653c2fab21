package eu.viaduc.exchange.offer.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.exchange.offer.service.OfferListing;

@Schema(name = "HostingOffer")
public record HostingOfferView(UUID id, UUID programmeId, UUID hostOrganisationId,
        @Schema(nullable = true) String hostName, @Schema(nullable = true) String hostCountry, String topic,
        @Schema(nullable = true) String description, String valueChain, List<String> languages,
        LocalDate availableFrom, LocalDate availableUntil, int capacity,
        @Schema(description = "Places not yet taken by an exchange the host accepted") int placesLeft,
        HostingOffer.Status status, long version, OffsetDateTime createdAt, OffsetDateTime changedAt) {

    public static HostingOfferView of(OfferListing listing) {
        HostingOffer offer = listing.offer();
        return new HostingOfferView(offer.id(), offer.programmeId(), offer.hostOrganisationId(), listing.hostName(),
                listing.hostCountry(), offer.topic(), offer.description(), offer.valueChain(),
                List.copyOf(offer.languages()), offer.availableFrom(), offer.availableUntil(), offer.capacity(),
                offer.placesLeft(), offer.status(), offer.version(),
                offer.createdAt(), offer.changedAt());
    }
}
