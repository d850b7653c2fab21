package eu.viaduc.members.affiliation.events;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.platform.outbox.Outbox;

/**
 * A person with an account asked to be forgotten: published on the erasures topic, keyed by their token
 * subject, so that every service forgets what it copied of them (the name and e-mail address on an
 * activity registration, say). Nothing else about the person travels.
 */
@ApplicationScoped
public class PersonErasureEvents {

    public static final String TOPIC = "viaduc.members.contacts";
    public static final String ERASED_V1 = "eu.viaduc.members.person.erased.v1";

    private final Outbox outbox;

    @Inject
    public PersonErasureEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void erased(String subject, OffsetDateTime erasedAt) {
        outbox.append(TOPIC, ERASED_V1, subject, new Erased(subject, erasedAt));
    }

    /** Data of {@value #ERASED_V1}; see its JSON Schema in event-contracts. */
    public record Erased(String subject, OffsetDateTime erasedAt) {
    }
}
