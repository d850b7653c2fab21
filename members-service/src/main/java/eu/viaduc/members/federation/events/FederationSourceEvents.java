package eu.viaduc.members.federation.events;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.members.federation.service.PartnerPlatforms;
import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/** The read model of the partner platforms matchmaking-service registers, from its compacted topic. */
@ApplicationScoped
public class FederationSourceEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.matchmaking.federation-sources";
    public static final String REGISTERED_V1 = "eu.viaduc.matchmaking.federation-source.registered.v1";

    private final Inbox inbox;
    private final PartnerPlatforms platforms;
    private final ObjectMapper mapper;
    private final Map<String, EventHandler> handlers;

    @Inject
    public FederationSourceEvents(Inbox inbox, PartnerPlatforms platforms, ObjectMapper mapper) {
        this.inbox = inbox;
        this.platforms = platforms;
        this.mapper = mapper;
        this.handlers = Map.of(REGISTERED_V1, this::registered);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("federation-sources")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void registered(CloudEvent event) {
        Registered data = EventData.read(mapper, event, Registered.class);
        platforms.registered(data.sourceId(), data.name(), data.sourceUri(), data.website(), data.changedAt());
    }

    /** What this service reads of federation-source.registered.v1. */
    record Registered(String sourceId, String name, String sourceUri, String website, OffsetDateTime changedAt) {
    }
}
