package eu.viaduc.members.organisation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.platform.outbox.Outbox;

/** The organisation events members-service publishes, keyed by organisation id. */
@ApplicationScoped
public class OrganisationEvents {

    public static final String TOPIC = "viaduc.members.organisations";
    public static final String REGISTERED_V1 = "eu.viaduc.members.organisation.registered.v1";
    public static final String UPDATED_V1 = "eu.viaduc.members.organisation.updated.v1";
    public static final String DELETED_V1 = "eu.viaduc.members.organisation.deleted.v1";

    private final Outbox outbox;

    @Inject
    public OrganisationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Organisation organisation) {
        outbox.append(TOPIC, REGISTERED_V1, organisation.id().toString(), new Registered(organisation.id(),
                organisation.name(), organisation.type().name(), organisation.country(), organisation.competences(),
                organisation.registeredAt()));
    }

    /** Call after the change is flushed, so the event carries the new version. */
    public void updated(Organisation organisation) {
        outbox.append(TOPIC, UPDATED_V1, organisation.id().toString(), new Updated(organisation.id(),
                organisation.version(), organisation.name(), organisation.type().name(), organisation.country(),
                organisation.competences(), organisation.updatedAt()));
    }

    /** Call after the change is flushed, so the event carries the new version. */
    public void deleted(Organisation organisation) {
        outbox.append(TOPIC, DELETED_V1, organisation.id().toString(),
                new Deleted(organisation.id(), organisation.version(), organisation.updatedAt()));
    }

    /** Data of {@value #UPDATED_V1}: the whole new profile; see its JSON Schema in event-contracts. */
    public record Updated(UUID organisationId, long version, String name, String type, String country,
            List<String> competences, OffsetDateTime changedAt) {
    }

    /** Data of {@value #DELETED_V1}; see its JSON Schema in event-contracts. */
    public record Deleted(UUID organisationId, long version, OffsetDateTime deletedAt) {
    }

    /** Data of {@value #REGISTERED_V1}; see its JSON Schema in event-contracts. */
    public record Registered(UUID organisationId, String name, String type, String country, List<String> competences,
            OffsetDateTime registeredAt) {
    }
}
