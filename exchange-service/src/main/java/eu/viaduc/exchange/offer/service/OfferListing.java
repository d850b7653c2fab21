package eu.viaduc.exchange.offer.service;

import eu.viaduc.exchange.offer.model.HostingOffer;

/** An offer with what visitors want to see of its host (from the members read model; null if unknown). */
public record OfferListing(HostingOffer offer, String hostName, String hostCountry) {
}
