package eu.viaduc.matchmaking.organisation.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import eu.viaduc.matchmaking.organisation.model.ProfileFacts;

/**
 * An organisation's profile as one of members-service's events gives it: registered or updated.
 *
 * @param registration whether the event is the organisation's registration, which comes once
 * @param registeredAt when it registered; null when the event does not say (updated.v1), so that
 *        such an event never adds an organisation it finds unknown
 */
public record ProfileChange(boolean registration, UUID organisationId, ProfileFacts facts, long version, OffsetDateTime registeredAt,
        OffsetDateTime changedAt) {
}
