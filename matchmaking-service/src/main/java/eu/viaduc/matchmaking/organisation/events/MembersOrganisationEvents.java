package eu.viaduc.matchmaking.organisation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.matchmaking.organisation.model.OrganisationProfile;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/** Keeps the organisation read model in step with members-service's organisation events. */
@ApplicationScoped
public class MembersOrganisationEvents {

    public static final String REGISTERED_V1 = "eu.viaduc.members.organisation.registered.v1";
    public static final String UPDATED_V1 = "eu.viaduc.members.organisation.updated.v1";
    public static final String DELETED_V1 = "eu.viaduc.members.organisation.deleted.v1";

    private final Inbox inbox;
    private final OrganisationProfiles profiles;
    private final ObjectMapper mapper;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersOrganisationEvents(Inbox inbox, OrganisationProfiles profiles, ObjectMapper mapper) {
        this.inbox = inbox;
        this.profiles = profiles;
        this.mapper = mapper;
        this.handlers = Map.of(REGISTERED_V1, this::registered, UPDATED_V1, this::updated, DELETED_V1, this::deleted);
    }

    @Incoming("members-organisations")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, handlers);
    }

    private void registered(CloudEvent event) {
        Registered data = read(event, Registered.class);
        profiles.add(new OrganisationProfile(data.organisationId(), data.name(), data.type(), data.country(),
                data.competences(), data.registeredAt()));
    }

    private void updated(CloudEvent event) {
        Updated data = read(event, Updated.class);
        profiles.update(data.organisationId(), data.name(), data.type(), data.country(), data.competences(),
                data.version());
    }

    private void deleted(CloudEvent event) {
        Deleted data = read(event, Deleted.class);
        profiles.remove(data.organisationId(), data.version());
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " data cannot be read: " + e.getOriginalMessage());
        }
    }

    /** Data of organisation.registered.v1, as its schema in event-contracts defines it. */
    record Registered(UUID organisationId, String name, String type, String country, List<String> competences,
            OffsetDateTime registeredAt) {
    }

    /** Data of organisation.updated.v1: the whole new profile and its version. */
    record Updated(UUID organisationId, long version, String name, String type, String country, List<String> competences,
            OffsetDateTime changedAt) {
    }

    /** Data of organisation.deleted.v1. */
    record Deleted(UUID organisationId, long version, OffsetDateTime deletedAt) {
    }
}
