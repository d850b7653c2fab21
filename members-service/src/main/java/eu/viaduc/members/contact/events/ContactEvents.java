package eu.viaduc.members.contact.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.platform.outbox.Outbox;

/**
 * Contacts are personal data and stay in members-service: no event carries them. Only their erasure
 * is published, on the erasures topic keyed by contact id, so that a service which copied a person
 * (an exchange's visitor, say) deletes them too.
 */
@ApplicationScoped
public class ContactEvents {

    public static final String TOPIC = "viaduc.members.contacts";
    public static final String ERASED_V1 = "eu.viaduc.members.contact.erased.v1";

    private final Outbox outbox;

    @Inject
    public ContactEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void erased(UUID contactId, UUID organisationId, OffsetDateTime erasedAt) {
        // on a topic of its own, keyed by the person: the organisations' compacted topic keeps the last
        // record of each organisation, which must be its profile
        outbox.append(TOPIC, ERASED_V1, contactId.toString(),
                new Erased(contactId, organisationId, erasedAt));
    }

    /** Data of {@value #ERASED_V1}; see its JSON Schema in event-contracts. */
    public record Erased(UUID contactId, UUID organisationId, OffsetDateTime erasedAt) {
    }
}
