package eu.viaduc.members.cluster.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;
import eu.viaduc.members.cluster.model.Provenance;

/**
 * A cluster as the API shows it: its profile, id and times, and for a partner platform's cluster where it
 * comes from (null for one registered here); its version is the ETag.
 */
@Schema(name = "Cluster")
public record ClusterView(UUID id, @JsonUnwrapped ClusterProfile profile, OffsetDateTime registeredAt,
        OffsetDateTime updatedAt, @Schema(nullable = true) Provenance provenance) {

    static ClusterView of(Cluster cluster) {
        return new ClusterView(cluster.id(), cluster.profile(), cluster.registeredAt(), cluster.updatedAt(),
                cluster.provenance().orElse(null));
    }
}
