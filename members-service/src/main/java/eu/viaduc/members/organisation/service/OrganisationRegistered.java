package eu.viaduc.members.organisation.service;

import java.util.UUID;

/**
 * Fired (synchronously, inside the registration's transaction) when a person registers an
 * organisation through the API, so that the person becomes its first ADMIN in the same transaction.
 * A member-file import creates organisations without people, and fires nothing.
 */
public record OrganisationRegistered(UUID organisationId) {
}
