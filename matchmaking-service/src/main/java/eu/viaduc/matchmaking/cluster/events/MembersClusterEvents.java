package eu.viaduc.matchmaking.cluster.events;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.matchmaking.cluster.service.KnownClusters;
import eu.viaduc.platform.deadletter.ConsumedTopic;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.Inbox;

/**
 * The clusters' read model from members-service's compacted {@value #TOPIC}: registered and updated (v2,
 * the whole profile with its version: an older version is ignored), and a partner platform's cluster
 * withdrawn. The v1 types, no longer published, are skipped.
 */
@ApplicationScoped
public class MembersClusterEvents implements ConsumedTopic {

    public static final String TOPIC = "viaduc.members.clusters";
    public static final String REGISTERED_V2 = "eu.viaduc.members.cluster.registered.v2";
    public static final String UPDATED_V2 = "eu.viaduc.members.cluster.updated.v2";
    public static final String WITHDRAWN_V1 = "eu.viaduc.members.cluster.withdrawn.v1";

    private final Inbox inbox;
    private final KnownClusters clusters;
    private final ObjectMapper mapper;
    private final Map<String, EventHandler> handlers;

    @Inject
    public MembersClusterEvents(Inbox inbox, KnownClusters clusters, ObjectMapper mapper) {
        this.inbox = inbox;
        this.clusters = clusters;
        this.mapper = mapper;
        this.handlers = Map.of(REGISTERED_V2, this::changed, UPDATED_V2, this::changed, WITHDRAWN_V1, this::withdrawn);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<String, EventHandler> handlers() {
        return handlers;
    }

    @Incoming("members-clusters")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        inbox.processBatch(records, handlers);
    }

    private void changed(CloudEvent event) {
        Snapshot data = EventData.read(mapper, event, Snapshot.class);
        clusters.changed(data.clusterId(), data.version(), data.profile().name(), data.profile().acronym(),
                data.profile().country(), data.provenance() == null ? null : data.provenance().platform());
    }

    private void withdrawn(CloudEvent event) {
        clusters.withdrawn(EventData.read(mapper, event, Withdrawn.class).clusterId());
    }

    /** What this service reads of cluster.registered.v2 and .updated.v2. */
    record Snapshot(UUID clusterId, long version, Profile profile, Provenance provenance) {
    }

    record Profile(String name, String acronym, String country) {
    }

    record Provenance(String platform) {
    }

    /** What this service reads of cluster.withdrawn.v1. */
    record Withdrawn(UUID clusterId) {
    }
}
