package eu.viaduc.members.cluster.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a partner platform's cluster comes from: the platform (its registered id and name), its own id and page. */
@Schema(name = "ClusterProvenance", description = "Set for a cluster a partner platform sent; it is managed there",
        examples = """
        {"platform": "clustero", "platformName": "CLUSTERO - Romanian Cluster Association",
         "originalId": "ro-0042", "originalUrl": "https://clustero.example/clusters/ro-0042"}""")
public record Provenance(
        @Schema(required = true, description = "The partner platform's registered id") String platform,
        String platformName,
        @Schema(required = true, description = "The cluster's id on the partner platform") String originalId,
        @Schema(required = true, description = "Its page on the partner platform") String originalUrl) {
}
