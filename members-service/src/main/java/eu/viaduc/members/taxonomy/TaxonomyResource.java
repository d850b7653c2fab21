package eu.viaduc.members.taxonomy;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.Cache;

import eu.viaduc.taxonomy.Competences.Competence;
import eu.viaduc.taxonomy.Competences;
import eu.viaduc.taxonomy.Countries.Country;
import eu.viaduc.taxonomy.Countries;
import eu.viaduc.taxonomy.NaceCodes.NaceCode;
import eu.viaduc.taxonomy.NaceCodes;
import eu.viaduc.taxonomy.NutsRegions.NutsRegion;
import eu.viaduc.taxonomy.NutsRegions;

/** The code lists that profiles are checked against, for clients to build pickers. They change with releases only. */
@Path("/api/v1/taxonomies")
@Tag(name = "Taxonomies", description = "Countries, NUTS regions, NACE codes and the competence vocabulary")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TaxonomyResource {

    private static final int A_DAY = 86_400;

    @GET
    @Path("countries")
    @Cache(maxAge = A_DAY)
    @Operation(operationId = "listCountries", summary = "ISO 3166-1 alpha-2 countries",
            description = "Public. The countries an address or a search may name, with their English names.")
    @APIResponse(responseCode = "200", description = "Every country, by code")
    public List<Country> countries() {
        return Countries.all();
    }

    @GET
    @Path("nuts-regions")
    @Cache(maxAge = A_DAY)
    @Operation(operationId = "listNutsRegions", summary = "NUTS 2021 regions",
            description = "Optionally of one ISO country and of one level (0 is the country, 3 the smallest).")
    @APIResponse(responseCode = "200", description = "The regions, by code")
    public List<NutsRegion> nutsRegions(
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("level") @Min(0) @Max(3) Integer level) {
        return NutsRegions.all().stream()
                .filter(region -> country == null || region.country().equals(country))
                .filter(region -> level == null || region.level() == level)
                .toList();
    }

    @GET
    @Path("nace-codes")
    @Cache(maxAge = A_DAY)
    @Operation(operationId = "listNaceCodes", summary = "NACE Rev. 2.1 activity codes",
            description = "Optionally of one section and one level (section, division, group, class).")
    @APIResponse(responseCode = "200", description = "The codes, in the classification's order")
    public List<NaceCode> naceCodes(
            @QueryParam("section") @Pattern(regexp = "[A-V]", message = "must be a NACE section letter A to V") String section,
            @QueryParam("level") @Pattern(regexp = "section|division|group|class",
                    message = "must be one of section, division, group, class") String level) {
        return NaceCodes.all().stream()
                .filter(code -> section == null || code.section().equals(section))
                .filter(code -> level == null || code.level().equals(level))
                .toList();
    }

    @GET
    @Path("competences")
    @Cache(maxAge = A_DAY)
    @Operation(operationId = "listCompetences", summary = "The competence vocabulary",
            description = "Ids to put in an organisation's competences, with labels in English, French and Dutch.")
    @APIResponse(responseCode = "200", description = "The competences, by family")
    public List<Competence> competences(
            @QueryParam("family") @Pattern(regexp = "[a-z0-9-]{1,60}", message = "must be a family id") String family) {
        return Competences.all().stream().filter(competence -> family == null || competence.family().equals(family))
                .toList();
    }
}
