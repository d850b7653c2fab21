package eu.viaduc.exchange.exchange.model;

import java.util.UUID;

/**
 * The person who travels: personal data, shown only to the parties and the programme's managers,
 * and erased when members-service erases the contact or the organisation.
 *
 * @param contactId the person's contact record in members-service, when there is one: its erasure erases this
 */
public record VisitingPerson(String name, String email, UUID contactId) {
}
