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
@Schema(name = "Cluster", examples = """
        {"id": "c1a50000-0000-4000-8000-000000000001", "name": "Agrupació Catalana del Tèxtil i de la Moda",
         "acronym": "Modacc", "country": "ES", "nutsRegion": "ES51", "website": "https://modacc.cat",
         "descriptions": {"en": "The Catalan fashion and textile cluster.", "es": "El clúster catalán de la moda."},
         "valueChains": ["textile", "fashion"], "naceCodes": ["C13", "C14.1"],
         "label": {"level": "SILVER", "validUntil": "2027-06-30"},
         "registeredAt": "2026-11-20T09:00:00Z", "updatedAt": "2026-12-01T09:00:00Z", "provenance": null}""")
public record ClusterView(UUID id, @JsonUnwrapped ClusterProfile profile, OffsetDateTime registeredAt,
        OffsetDateTime updatedAt, @Schema(nullable = true) Provenance provenance) {

    static ClusterView of(Cluster cluster) {
        return new ClusterView(cluster.id(), cluster.profile(), cluster.registeredAt(), cluster.updatedAt(),
                cluster.provenance().orElse(null));
    }
}
