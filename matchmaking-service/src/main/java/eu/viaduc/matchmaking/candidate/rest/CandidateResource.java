package eu.viaduc.matchmaking.candidate.rest;

import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.candidate.service.CandidateSearch;
import eu.viaduc.platform.database.SnapshotCache;
import eu.viaduc.platform.rest.Page;

@Path("/api/v1")
@Tag(name = "Candidates", description = "Organisations able to answer a need")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class CandidateResource {

    private final CandidateSearch search;
    private final SnapshotCache answers;

    @Inject
    public CandidateResource(CandidateSearch search, SnapshotCache answers) {
        this.search = search;
        this.answers = answers;
    }

    /** A candidate search as the cache knows it (the answer is the same for every signed-in caller). */
    private record Question(String competence, String country, int page, int size) {
    }

    @GET
    @Path("candidates")
    @Operation(operationId = "findCandidates", summary = "Find organisations offering a competence",
            description = "Pages through organisations whose competences include the one asked for (case ignored), by name.")
    @APIResponse(responseCode = "200", description = "One page of candidates and the total")
    public Page<CandidateView> find(
            @Parameter(example = "pattern-making") @QueryParam("competence") @NotBlank @Size(max = 100) String competence,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "BG") @QueryParam("country")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        Supplier<Page<CandidateView>> compute = () -> {
            var found = search.withCompetence(competence, country, page, size);
            return new Page<>(found.items().stream().map(CandidateView::of).toList(), page, size, found.total());
        };
        // the first pages of the usual size are kept in memory; deep or long pages are computed
        return page < 5 && size <= 20 ? answers.get(new Question(competence, country, page, size), cacheControl, compute)
                : compute.get();
    }

    @GET
    @Path("competences/{competence}/supply")
    @Operation(operationId = "getCompetenceSupply", summary = "Count the organisations offering a competence",
            description = "Signed-in callers and partner apps. How many organisations of matchmaking's read model offer the competence.")
    @APIResponse(responseCode = "200", description = "The count")
    public CompetenceSupply supply(@Parameter(example = "pattern-making") @PathParam("competence") @Size(max = 100) String competence) {
        return new CompetenceSupply(competence, search.supplyOf(competence));
    }

    /** How many organisations offer a competence. */
    @Schema(name = "CompetenceSupply", examples = """
            {"competence": "pattern-making", "organisations": 37}""")
    public record CompetenceSupply(String competence, long organisations) {
    }
}
