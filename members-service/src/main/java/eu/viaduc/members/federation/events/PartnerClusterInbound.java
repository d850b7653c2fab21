package eu.viaduc.members.federation.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.members.federation.model.PartnerPlatform;
import eu.viaduc.members.federation.service.ApplyPartnerClusters;
import eu.viaduc.members.federation.service.PartnerPlatforms;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.federation.FederationGate;

/**
 * Cluster profiles from other EU cluster platforms on {@code viaduc.federation.inbound}, through the
 * {@link FederationGate} (registered sources, JSON Schema, applied once, refusals on the source's
 * dead-letter topic). The opportunities on the topic are matchmaking-service's, passed by here.
 */
@ApplicationScoped
public class PartnerClusterInbound {

    public static final String PUBLISHED_V1 = "eu.viaduc.federation.cluster.published.v1";
    public static final String WITHDRAWN_V1 = "eu.viaduc.federation.cluster.withdrawn.v1";
    private static final String CLUSTER_TYPES = "eu.viaduc.federation.cluster.";

    private final FederationGate gate;
    private final FederationGate.Share<PartnerPlatform> share;

    @Inject
    public PartnerClusterInbound(FederationGate gate, PartnerPlatforms platforms, ApplyPartnerClusters apply, ObjectMapper mapper) {
        this.gate = gate;
        this.share = new FederationGate.Share<>(type -> type.startsWith(CLUSTER_TYPES), platforms::bySourceUri,
                PartnerPlatform::id, platform -> Map.of(
                        PUBLISHED_V1, event -> apply.published(platform, EventData.read(mapper, event, ApplyPartnerClusters.Published.class)),
                        WITHDRAWN_V1, event -> apply.withdrawn(platform, EventData.read(mapper, event, ApplyPartnerClusters.Withdrawn.class))));
    }

    @Incoming("federation-inbound")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        gate.admit(record, share);
    }
}
