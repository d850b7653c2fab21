package eu.viaduc.matchmaking.federation.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.matchmaking.federation.model.FederationSource;
import eu.viaduc.matchmaking.federation.service.ApplyPartnerOpportunities;
import eu.viaduc.matchmaking.federation.service.FederationSources;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.federation.FederationGate;

/**
 * Opportunities from other EU cluster platforms on {@value #TOPIC}, through the {@link FederationGate}
 * (registered sources, JSON Schema, applied once, refusals on the source's dead-letter topic). Every type
 * but the cluster profiles' (members-service's) is this service's: an unknown one is refused here.
 */
@ApplicationScoped
public class FederationInbound {

    public static final String TOPIC = FederationGate.INBOUND;
    public static final String PUBLISHED_V1 = "eu.viaduc.federation.opportunity.published.v1";
    public static final String WITHDRAWN_V1 = "eu.viaduc.federation.opportunity.withdrawn.v1";
    private static final String CLUSTER_TYPES = "eu.viaduc.federation.cluster.";

    private final FederationGate gate;
    private final FederationGate.Share<FederationSource> share;

    @Inject
    public FederationInbound(FederationGate gate, FederationSources sources, ApplyPartnerOpportunities apply,
            ObjectMapper mapper) {
        this.gate = gate;
        this.share = new FederationGate.Share<>(type -> !type.startsWith(CLUSTER_TYPES), sources::bySourceUri,
                FederationSource::id, source -> Map.of(
                        PUBLISHED_V1, event -> apply.published(source, EventData.read(mapper, event, ApplyPartnerOpportunities.Published.class)),
                        WITHDRAWN_V1, event -> apply.withdrawn(source, EventData.read(mapper, event, ApplyPartnerOpportunities.Withdrawn.class))));
    }

    @Incoming("federation-inbound")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        gate.admit(record, share);
    }
}
