package eu.viaduc.platform.members;

import java.util.List;
import java.util.Map;
import java.util.Set;
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

/** Memberships of organisations in clusters: a visitor must be an ACTIVE member of a cluster of the alliance. */
@ApplicationScoped
@IfBuildProperty(name = "viaduc.members.read-model", stringValue = "enabled")
public class MembersMembershipEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.memberships";

    private final Inbox inbox;
    private final MembersDirectory directory;
    private final ObjectMapper mapper;
    private final Event<MembershipsChanged> membershipsChanged;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersMembershipEvents(Inbox inbox, MembersDirectory directory, ObjectMapper mapper,
            Event<MembershipsChanged> membershipsChanged) {
        this.inbox = inbox;
        this.directory = directory;
        this.mapper = mapper;
        this.membershipsChanged = membershipsChanged;
        EventHandler changed = EventHandler.inBulk(this::changed);
        // every membership event carries the whole membership
        this.handlers = Map.of("eu.viaduc.members.membership.requested.v1", changed,
                "eu.viaduc.members.membership.activated.v1", changed,
                "eu.viaduc.members.membership.refused.v1", changed,
                "eu.viaduc.members.membership.ended.v1", changed);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("members-memberships")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void changed(List<CloudEvent> events) {
        Set<UUID> organisations = directory.putMemberships(events.stream().map(event -> {
            Snapshot data = EventData.read(mapper, event, Snapshot.class);
            return new Versioned<>(new MemberMembership(data.membershipId(), data.organisationId(), data.clusterId(),
                    data.status()), data.version());
        }).toList());
        if (!organisations.isEmpty()) {
            membershipsChanged.fire(new MembershipsChanged(organisations));
        }
    }

    /** Data of every membership event type. */
    record Snapshot(UUID membershipId, UUID organisationId, UUID clusterId, String status, long version) {
    }
}
