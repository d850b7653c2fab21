package eu.viaduc.members.cluster.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;
import eu.viaduc.members.cluster.model.Provenance;
import eu.viaduc.platform.outbox.Outbox;

/**
 * The cluster events members-service publishes, keyed by cluster id. Each carries the whole
 * profile and its version, so a read model needs no call back and can ignore stale updates.
 */
@ApplicationScoped
public class ClusterEvents {

    public static final String TOPIC = "viaduc.members.clusters";
    public static final String REGISTERED_V2 = "eu.viaduc.members.cluster.registered.v2";
    public static final String UPDATED_V2 = "eu.viaduc.members.cluster.updated.v2";
    public static final String WITHDRAWN_V1 = "eu.viaduc.members.cluster.withdrawn.v1";

    private final Outbox outbox;

    @Inject
    public ClusterEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Cluster cluster) {
        outbox.append(TOPIC, REGISTERED_V2, cluster.id().toString(), snapshot(cluster));
    }

    /** Call after the change is flushed, so the snapshot carries the new version. */
    public void updated(Cluster cluster) {
        outbox.append(TOPIC, UPDATED_V2, cluster.id().toString(), snapshot(cluster));
    }

    /** A partner platform withdrew its cluster, which is then removed. */
    public void withdrawn(Cluster cluster, OffsetDateTime at) {
        outbox.append(TOPIC, WITHDRAWN_V1, cluster.id().toString(),
                new Withdrawn(cluster.id(), cluster.version(), cluster.provenance().orElseThrow(), at));
    }

    private static Snapshot snapshot(Cluster cluster) {
        return new Snapshot(cluster.id(), cluster.version(), cluster.profile(), cluster.updatedAt(),
                cluster.provenance().orElse(null));
    }

    /** Data of registered.v2 and updated.v2; see their JSON Schemas in event-contracts. */
    public record Snapshot(UUID clusterId, long version, ClusterProfile profile, OffsetDateTime changedAt,
            Provenance provenance) {
    }

    /** Data of withdrawn.v1. */
    public record Withdrawn(UUID clusterId, long version, Provenance provenance, OffsetDateTime withdrawnAt) {
    }
}
