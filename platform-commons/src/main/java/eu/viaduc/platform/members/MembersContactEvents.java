package eu.viaduc.platform.members;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/** Erasures of contact persons and of persons with an account (GDPR): every feature forgets what it keeps of them. */
@ApplicationScoped
@IfBuildProperty(name = "viaduc.members.read-model", stringValue = "enabled")
public class MembersContactEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.contacts";
    public static final String ERASED_V1 = "eu.viaduc.members.contact.erased.v1";
    public static final String PERSON_ERASED_V1 = "eu.viaduc.members.person.erased.v1";

    private final Inbox inbox;
    private final ObjectMapper mapper;
    private final Event<OrganisationErased> erasures;
    private final Event<PersonErased> personErasures;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersContactEvents(Inbox inbox, ObjectMapper mapper, Event<OrganisationErased> erasures,
            Event<PersonErased> personErasures) {
        this.inbox = inbox;
        this.mapper = mapper;
        this.erasures = erasures;
        this.personErasures = personErasures;
        this.handlers = Map.of(ERASED_V1, this::erased, PERSON_ERASED_V1, this::personErased);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("members-contacts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void erased(CloudEvent event) {
        ContactErased data = EventData.read(mapper, event, ContactErased.class);
        erasures.fire(new OrganisationErased(data.organisationId(), data.contactId()));
    }

    private void personErased(CloudEvent event) {
        personErasures.fire(new PersonErased(EventData.read(mapper, event, ErasedPerson.class).subject()));
    }

    /** Data of person.erased.v1. */
    record ErasedPerson(String subject) {
    }

    /** Data of contact.erased.v1. */
    record ContactErased(UUID contactId, UUID organisationId) {
    }
}
