package eu.viaduc.exchange.exchange.model;

import java.time.LocalDate;
import java.util.UUID;

import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.service.LumpSumRules.LumpSum;

/** What the rules established for a stay when it was applied for: who, where, how long, how much. */
public record StayTerms(UUID programmeId, UUID offerId, UUID visitorOrganisationId, UUID hostOrganisationId,
        ParticipantCategory category, String visitorCountry, String hostCountry, String valueChain, LocalDate startsOn,
        LocalDate endsOn, LumpSum lumpSum) {
}
