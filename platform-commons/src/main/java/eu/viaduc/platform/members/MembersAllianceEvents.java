package eu.viaduc.platform.members;

import java.time.LocalDate;
import java.util.HashSet;
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
import io.smallrye.common.annotation.Blocking;

import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/** Alliances and their clusters: a programme belongs to an alliance, and its visitors to the alliance's clusters. */
@ApplicationScoped
@IfBuildProperty(name = "viaduc.members.read-model", stringValue = "enabled")
public class MembersAllianceEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.alliances";
    public static final String CHANGED_V1 = "eu.viaduc.members.alliance.changed.v1";

    private final Inbox inbox;
    private final MembersDirectory directory;
    private final ObjectMapper mapper;
    private final Event<MembershipsChanged> membershipsChanged;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersAllianceEvents(Inbox inbox, MembersDirectory directory, ObjectMapper mapper,
            Event<MembershipsChanged> membershipsChanged) {
        this.inbox = inbox;
        this.directory = directory;
        this.mapper = mapper;
        this.membershipsChanged = membershipsChanged;
        this.handlers = Map.of(CHANGED_V1, this::changed);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("members-alliances")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void changed(CloudEvent event) {
        Changed data = EventData.read(mapper, event, Changed.class);
        var clusters = new HashSet<>(directory.clustersOf(data.allianceId()));
        if (directory.putAlliance(data.allianceId(), data.name(), data.programmeStart(), data.programmeEnd(), data.clusters(),
                data.version())) {
            // the members of the clusters that left the alliance, and of those that joined it
            clusters.addAll(data.clusters());
            membershipsChanged.fire(new MembershipsChanged(new HashSet<>(directory.activeMembersOf(clusters))));
        }
    }

    /** Data of alliance.changed.v1. */
    record Changed(UUID allianceId, long version, String name, LocalDate programmeStart, LocalDate programmeEnd,
            List<UUID> clusters) {
    }
}
