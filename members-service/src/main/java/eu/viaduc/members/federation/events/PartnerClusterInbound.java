package eu.viaduc.members.federation.events;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;

import eu.viaduc.members.federation.model.PartnerPlatform;
import eu.viaduc.members.federation.service.ApplyPartnerClusters;
import eu.viaduc.members.federation.service.PartnerPlatforms;
import eu.viaduc.platform.events.EventData;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.federation.FederationDeadLetters;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.inbox.EventProcessingException;
import eu.viaduc.platform.inbox.Inbox;

/**
 * Cluster profiles from other EU cluster platforms on {@code viaduc.federation.inbound} (its opportunities
 * are matchmaking-service's, skipped here): CloudEvents whose {@code source} must be a registered platform,
 * whose data must conform to the published JSON Schema of its type, each applied once (the inbox keys it
 * by source and id). A record refused for any of these reasons goes to its source's dead-letter topic with
 * the reason, and the partition flows on; a transient failure (the database away) is waited out.
 */
@ApplicationScoped
public class PartnerClusterInbound {

    public static final String PUBLISHED_V1 = "eu.viaduc.federation.cluster.published.v1";
    public static final String WITHDRAWN_V1 = "eu.viaduc.federation.cluster.withdrawn.v1";
    private static final String CLUSTER_TYPES = "eu.viaduc.federation.cluster.";

    private static final Logger LOG = Logger.getLogger(PartnerClusterInbound.class);

    private final Inbox inbox;
    private final PartnerPlatforms platforms;
    private final ApplyPartnerClusters apply;
    private final FederationDeadLetters deadLetters;
    private final ObjectMapper mapper;

    @Inject
    public PartnerClusterInbound(Inbox inbox, PartnerPlatforms platforms, ApplyPartnerClusters apply,
            FederationDeadLetters deadLetters, ObjectMapper mapper) {
        this.inbox = inbox;
        this.platforms = platforms;
        this.apply = apply;
        this.deadLetters = deadLetters;
        this.mapper = mapper;
    }

    @Incoming("federation-inbound")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        String type = header(record, "ce_type").orElse("");
        if (!type.startsWith(CLUSTER_TYPES)) {
            return;
        }
        String sourceUri = header(record, "ce_source").orElse(null);
        Optional<PartnerPlatform> platform = sourceUri == null ? Optional.empty() : platforms.bySourceUri(sourceUri);
        if (platform.isEmpty()) {
            refuse(FederationDeadLetters.UNREGISTERED, record, "the source '" + sourceUri + "' is not a registered platform");
            return;
        }
        if (!type.equals(PUBLISHED_V1) && !type.equals(WITHDRAWN_V1)) {
            refuse(platform.get().id(), record, "unknown event type '" + type + "': " + PUBLISHED_V1 + " or " + WITHDRAWN_V1);
            return;
        }
        try {
            inbox.process(record, handlers(platform.get()));
        } catch (InvalidEventException | EventProcessingException e) {
            refuse(platform.get().id(), record, e.getMessage());
        }
    }

    private Map<String, EventHandler> handlers(PartnerPlatform platform) {
        return Map.of(PUBLISHED_V1, event -> apply.published(platform, EventData.read(mapper, event, ApplyPartnerClusters.Published.class)),
                WITHDRAWN_V1, event -> apply.withdrawn(platform, EventData.read(mapper, event, ApplyPartnerClusters.Withdrawn.class)));
    }

    private void refuse(String sourceId, ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("inbound record %s/%d/%d refused (%s): %s", record.topic(), record.partition(), record.offset(), sourceId, reason);
        deadLetters.setAside(sourceId, record, reason);
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }
}
