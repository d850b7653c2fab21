package eu.viaduc.matchmaking.organisation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.matchmaking.organisation.model.ProfileFacts;
import eu.viaduc.matchmaking.organisation.service.OrganisationProfiles;
import eu.viaduc.matchmaking.organisation.service.ProfileChange;
import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/** Keeps the organisation read model in step with members-service's organisation events. */
@ApplicationScoped
public class MembersOrganisationEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.organisations";
    public static final String REGISTERED_V1 = "eu.viaduc.members.organisation.registered.v1";
    public static final String UPDATED_V1 = "eu.viaduc.members.organisation.updated.v1";
    public static final String REGISTERED_V2 = "eu.viaduc.members.organisation.registered.v2";
    public static final String UPDATED_V2 = "eu.viaduc.members.organisation.updated.v2";
    public static final String DELETED_V1 = "eu.viaduc.members.organisation.deleted.v1";
    public static final String ERASED_V1 = "eu.viaduc.members.organisation.erased.v1";

    private final Inbox inbox;
    private final OrganisationProfiles profiles;
    private final ObjectMapper mapper;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersOrganisationEvents(Inbox inbox, OrganisationProfiles profiles, ObjectMapper mapper) {
        this.inbox = inbox;
        this.profiles = profiles;
        this.mapper = mapper;
        // v1 events may still sit in the topic from before members-service published v2
        EventHandler profileChanges = EventHandler.inBulk(this::profileChanges);
        this.handlers = Map.of(REGISTERED_V1, profileChanges, UPDATED_V1, profileChanges, REGISTERED_V2, profileChanges,
                UPDATED_V2, profileChanges, DELETED_V1, this::deleted, ERASED_V1, this::erased);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("members-organisations")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void profileChanges(List<CloudEvent> events) {
        profiles.apply(events.stream().map(this::profileChange).toList());
    }

    private ProfileChange profileChange(CloudEvent event) {
        return switch (event.type()) {
            case REGISTERED_V1 -> {
                RegisteredV1 data = read(event, RegisteredV1.class);
                yield new ProfileChange(true, data.organisationId(),
                        ProfileFacts.of(data.name(), data.type(), data.country(), data.competences()), 0,
                        data.registeredAt(), event.time());
            }
            case UPDATED_V1 -> {
                UpdatedV1 data = read(event, UpdatedV1.class);
                yield new ProfileChange(false, data.organisationId(),
                        ProfileFacts.of(data.name(), data.type(), data.country(), data.competences()), data.version(),
                        null, event.time());
            }
            default -> {
                Profile data = read(event, Profile.class);
                yield new ProfileChange(REGISTERED_V2.equals(event.type()), data.organisationId(), data.facts(),
                        data.version(), data.registeredAt(), event.time());
            }
        };
    }

    private void deleted(CloudEvent event) {
        Deleted data = read(event, Deleted.class);
        profiles.remove(data.organisationId(), data.version());
    }

    private void erased(CloudEvent event) {
        profiles.erase(read(event, Erased.class).organisationId());
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " data cannot be read: " + e.getOriginalMessage());
        }
    }

    /** Data of organisation.registered.v1, as its schema in event-contracts defines it. */
    record RegisteredV1(UUID organisationId, String name, String type, String country, List<String> competences,
            OffsetDateTime registeredAt) {
    }

    /** Data of organisation.updated.v1: the whole new profile and its version. */
    record UpdatedV1(UUID organisationId, long version, String name, String type, String country,
            List<String> competences, OffsetDateTime changedAt) {
    }

    /** What matchmaking reads of organisation.registered.v2 and updated.v2 (the whole public profile). */
    record Profile(UUID organisationId, long version, String name, String type, String sizeBand, String country,
            String nutsRegion, Location location, List<String> naceCodes, List<String> competences,
            List<String> keywords, Map<String, String> offers, OffsetDateTime registeredAt) {

        ProfileFacts facts() {
            return new ProfileFacts(name, type, sizeBand, country, nutsRegion,
                    location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                    naceCodes, competences, keywords, offers);
        }
    }

    record Location(double latitude, double longitude) {
    }

    /** Data of organisation.deleted.v1. */
    record Deleted(UUID organisationId, long version, OffsetDateTime deletedAt) {
    }

    /** Data of organisation.erased.v1. */
    record Erased(UUID organisationId, long version, OffsetDateTime erasedAt) {
    }
}
