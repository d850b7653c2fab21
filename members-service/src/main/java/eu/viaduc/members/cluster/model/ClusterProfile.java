package eu.viaduc.members.cluster.model;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a cluster says about itself: sent to register or update a cluster, and read back. Its managers
 * are not part of it: they are appointed by invitation ({@code /api/v1/clusters/{id}/invitations}).
 */
@Schema(name = "ClusterProfile", examples = """
        {"name": "Agrupació Catalana del Tèxtil i de la Moda", "acronym": "Modacc", "country": "ES",
         "nutsRegion": "ES51", "website": "https://modacc.cat",
         "descriptions": {"en": "The Catalan fashion and textile cluster.", "es": "El clúster catalán de la moda."},
         "valueChains": ["textile", "fashion"], "naceCodes": ["C13", "C14.1"],
         "label": {"level": "SILVER", "validUntil": "2027-06-30"}}""")
public record ClusterProfile(
        @NotBlank @Size(max = 300) String name,
        @Schema(nullable = true) @Size(max = 30) String acronym,
        @Schema(description = "ISO 3166-1 alpha-2") @NotNull @Pattern(regexp = "[A-Z]{2}",
                message = "must be an ISO 3166-1 alpha-2 code, such as FR or BG") String country,
        @Schema(nullable = true, description = "NUTS code of the cluster's region, within its country") @Pattern(
                regexp = "[A-Z]{2}[0-9A-Z]{1,3}", message = "must be a NUTS code such as FR1 or ES51") String nutsRegion,
        @Schema(nullable = true) @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Schema(description = "Descriptions by ISO 639-1 language code")
        @NotNull @Size(max = 24) Map<@Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code")
                String, @NotBlank @Size(max = 5000) String> descriptions,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> valueChains,
        @Schema(description = "NACE Rev. 2.1 codes: a section letter, a division, group or class")
        @NotNull @Size(max = 50) List<@Pattern(regexp = "[A-V]|[A-V]?[0-9]{2}(\\.[0-9]{1,2})?",
                message = "must be a NACE code such as C, C13 or 13.92") String> naceCodes,
        @Schema(nullable = true) @Valid ExcellenceLabel label) {
}
