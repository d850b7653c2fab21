package eu.viaduc.members.cluster.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;

/** A cluster as the API shows it: its profile, id and times; its version is the ETag. */
@Schema(name = "Cluster")
public record ClusterView(UUID id, @JsonUnwrapped ClusterProfile profile, OffsetDateTime registeredAt,
        OffsetDateTime updatedAt) {

    /** Managers are people: only platform admins and the cluster's own managers see who they are. */
    static ClusterView of(Cluster cluster, boolean showManagers) {
        ClusterProfile profile = cluster.profile();
        if (!showManagers) {
            profile = new ClusterProfile(profile.name(), profile.acronym(), profile.country(), profile.nutsRegion(),
                    profile.website(), profile.descriptions(), profile.valueChains(), profile.naceCodes(),
                    profile.label(), List.of());
        }
        return new ClusterView(cluster.id(), profile, cluster.registeredAt(), cluster.updatedAt());
    }
}
