package eu.viaduc.platform.members;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.arc.properties.UnlessBuildProperty;
import io.smallrye.common.annotation.Blocking;

import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/**
 * Organisations of members-service: type, country and point, for categories, country rules and distances.
 * A service that keeps a richer organisation model of its own (matchmaking) sets
 * {@code viaduc.members.read-model.organisations=own} and consumes the topic itself.
 */
@ApplicationScoped
@IfBuildProperty(name = "viaduc.members.read-model", stringValue = "enabled")
@UnlessBuildProperty(name = "viaduc.members.read-model.organisations", stringValue = "own", enableIfMissing = true)
public class MembersOrganisationEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.organisations";
    public static final String REGISTERED_V2 = "eu.viaduc.members.organisation.registered.v2";
    public static final String UPDATED_V2 = "eu.viaduc.members.organisation.updated.v2";
    public static final String DELETED_V1 = "eu.viaduc.members.organisation.deleted.v1";
    public static final String ERASED_V1 = "eu.viaduc.members.organisation.erased.v1";
    /** Published on this topic before viaduc.members.contacts existed; older offsets may hold it. */
    public static final String CONTACT_ERASED_V1 = "eu.viaduc.members.contact.erased.v1";

    private final Inbox inbox;
    private final MembersDirectory directory;
    private final ObjectMapper mapper;
    private final Event<OrganisationErased> erasures;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersOrganisationEvents(Inbox inbox, MembersDirectory directory, ObjectMapper mapper,
            Event<OrganisationErased> erasures) {
        this.inbox = inbox;
        this.directory = directory;
        this.mapper = mapper;
        this.erasures = erasures;
        EventHandler profiles = EventHandler.inBulk(this::profiles);
        this.handlers = Map.of(REGISTERED_V2, profiles, UPDATED_V2, profiles, DELETED_V1, this::deleted,
                ERASED_V1, this::erased, CONTACT_ERASED_V1, this::contactErased);
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

    private void profiles(List<CloudEvent> events) {
        directory.putOrganisations(events.stream().map(event -> {
            Profile data = EventData.read(mapper, event, Profile.class);
            return new Versioned<>(new MemberOrganisation(data.organisationId(), data.name(), data.type(), data.country(),
                    data.location() == null ? null : data.location().latitude(),
                    data.location() == null ? null : data.location().longitude()), data.version());
        }).toList());
    }

    private void deleted(CloudEvent event) {
        directory.forgetOrganisation(EventData.read(mapper, event, Gone.class).organisationId());
    }

    private void erased(CloudEvent event) {
        UUID organisation = EventData.read(mapper, event, Gone.class).organisationId();
        directory.forgetOrganisation(organisation);
        erasures.fire(new OrganisationErased(organisation, null));
    }

    private void contactErased(CloudEvent event) {
        MembersContactEvents.ContactErased data = EventData.read(mapper, event, MembersContactEvents.ContactErased.class);
        erasures.fire(new OrganisationErased(data.organisationId(), data.contactId()));
    }

    /** What this service reads of organisation.registered.v2 and updated.v2 (the whole public profile). */
    record Profile(UUID organisationId, long version, String name, String type, String country, Location location) {
    }

    record Location(double latitude, double longitude) {
    }

    /** What this service reads of organisation.deleted.v1 and erased.v1. */
    record Gone(UUID organisationId) {
    }
}
