package eu.viaduc.exchange.offer.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.exchange.offer.model.HostingOffer;
import eu.viaduc.exchange.offer.service.OfferListing;

@Schema(name = "HostingOffer", examples = """
        {"id": "0f1e0000-0000-4000-8000-000000000001", "programmeId": "9b1e0000-0000-4000-8000-000000000001",
         "hostOrganisationId": "0b8e2f7a-4c1d-4e0b-9a55-3f1f6a2d7c10", "hostName": "Teixits Circulars SL", "hostCountry": "ES",
         "topic": "Circular knitwear: from yarn recovery to small series",
         "description": "Our Igualada lab recovers yarn from post-consumer knitwear and knits small series for local brands.",
         "valueChain": "textile", "languages": ["en", "es"], "availableFrom": "2026-04-01", "availableUntil": "2026-10-30",
         "capacity": 3, "placesLeft": 2, "status": "OPEN", "version": 1, "createdAt": "2026-02-16T10:00:00Z",
         "changedAt": "2026-02-16T10:00:00Z"}""")
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
