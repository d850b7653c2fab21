package eu.viaduc.members.organisation.service;

import java.util.UUID;

/**
 * Fired (synchronously, inside the erasure's transaction) before an organisation is erased, so that
 * features keeping personal data of its people, such as contacts, delete it in the same transaction.
 */
public record OrganisationErasure(UUID organisationId) {
}
