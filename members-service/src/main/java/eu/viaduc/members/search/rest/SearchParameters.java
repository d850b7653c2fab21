package eu.viaduc.members.search.rest;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.viaduc.members.cluster.model.LabelLevel;
import eu.viaduc.members.organisation.model.OrganisationType;
import eu.viaduc.members.search.service.OrganisationFilter;
import eu.viaduc.taxonomy.NaceCodes;
import eu.viaduc.platform.rest.Patterns;

/**
 * The filters every organisation search takes (list, counts, map, export). Enums and ids arrive as
 * checked strings: JAX-RS would answer 404, not a 400 naming the parameter, to one it cannot convert.
 */
public class SearchParameters {

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country code")
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
    String country;

    @QueryParam("nutsRegion")
    @Parameter(description = "NUTS code; sub-regions match too")
    @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{0,3}", message = "must be a NUTS code")
    String nutsRegion;

    @QueryParam("type")
    @Pattern(regexp = "MICRO|SME|LARGE|CLUSTER_ORGANISATION|SUPPORT_ORGANISATION|RESEARCH|PUBLIC_BODY|TRAINING_PROVIDER",
            message = "must be an organisation type such as SME or RESEARCH")
    String type;

    @QueryParam("nace")
    @Parameter(description = "Sector: a NACE Rev. 2.1 section (C), division (13 or C13), group or class; sub-codes match")
    @Pattern(regexp = NaceCodes.SYNTAX, message = "must be a NACE code such as C, 13 or C13.92")
    String nace;

    @QueryParam("competence")
    @Parameter(description = "An id of the competence vocabulary")
    @Size(max = 100)
    String competence;

    @QueryParam("cluster")
    @Parameter(description = "Active members of this cluster")
    @Pattern(regexp = Patterns.UUID, message = "must be a cluster id")
    String cluster;

    @QueryParam("alliance")
    @Parameter(description = "Active members of a cluster of this alliance")
    @Pattern(regexp = Patterns.UUID, message = "must be an alliance id")
    String alliance;

    @QueryParam("label")
    @Parameter(description = "Active members of a cluster holding this excellence label today")
    @Pattern(regexp = "BRONZE|SILVER|GOLD", message = "must be one of BRONZE, SILVER, GOLD")
    String label;

    @QueryParam("q")
    @Parameter(description = "Full text: every word must appear in the name, keywords, competences or texts")
    @Size(max = 200)
    String text;

    @QueryParam("lang")
    @Parameter(description = "Search the texts of this ISO 639-1 language only, with its stemming")
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 language code")
    String language;

    public OrganisationFilter filter() {
        return new OrganisationFilter(country, nutsRegion, type == null ? null : OrganisationType.valueOf(type), nace,
                competence, cluster == null ? null : UUID.fromString(cluster),
                alliance == null ? null : UUID.fromString(alliance), label == null ? null : LabelLevel.valueOf(label),
                text, language);
    }
}
