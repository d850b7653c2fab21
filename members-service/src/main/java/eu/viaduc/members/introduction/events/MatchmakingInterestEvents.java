package eu.viaduc.members.introduction.events;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.members.introduction.service.Introductions;
import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/**
 * Introductions from matchmaking-service's expression-of-interest events; the other types on the
 * topic (sent, accepted, declined, expired) are none of this service's business and are skipped.
 */
@ApplicationScoped
public class MatchmakingInterestEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.matchmaking.interests";
    public static final String INTRODUCED_V1 = "eu.viaduc.matchmaking.interest.introduced.v1";

    private final Inbox inbox;
    private final Introductions introductions;
    private final ObjectMapper mapper;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MatchmakingInterestEvents(Inbox inbox, Introductions introductions, ObjectMapper mapper) {
        this.inbox = inbox;
        this.introductions = introductions;
        this.mapper = mapper;
        this.handlers = Map.of(INTRODUCED_V1, this::introduced);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("matchmaking-interests")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void introduced(CloudEvent event) {
        Introduced data = EventData.read(mapper, event, Introduced.class);
        introductions.record(data.interestId(), data.posterOrganisationId(), data.organisationId(), data.introducedAt());
    }

    /** What this service reads of interest.introduced.v1. */
    record Introduced(UUID interestId, UUID posterOrganisationId, UUID organisationId, OffsetDateTime introducedAt) {
    }
}
