package eu.viaduc.members.cluster.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;

/** A cluster as the API shows it: its profile, id and times; its version is the ETag. */
@Schema(name = "Cluster")
public record ClusterView(UUID id, @JsonUnwrapped ClusterProfile profile, OffsetDateTime registeredAt,
        OffsetDateTime updatedAt) {

    static ClusterView of(Cluster cluster) {
        return new ClusterView(cluster.id(), cluster.profile(), cluster.registeredAt(), cluster.updatedAt());
    }
}
