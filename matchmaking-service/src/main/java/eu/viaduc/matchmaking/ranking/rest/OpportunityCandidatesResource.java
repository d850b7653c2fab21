package eu.viaduc.matchmaking.ranking.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.ranking.model.Sentences;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.FactorView;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.OrganisationMatch;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.RankingPage;
import eu.viaduc.matchmaking.ranking.service.RankOrganisations;
import eu.viaduc.platform.rest.Page;

@Path("/api/v1/opportunities/{id}/candidates")
@Tag(name = "Matching", description = "Explainable ranking, both ways: organisations for an opportunity, opportunities for an organisation")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class OpportunityCandidatesResource {

    private final RankOrganisations organisations;

    @Context
    HttpHeaders headers;

    @Inject
    public OpportunityCandidatesResource(RankOrganisations organisations) {
        this.organisations = organisations;
    }

    @GET
    @Operation(operationId = "rankOrganisationsForOpportunity", summary = "Organisations for an opportunity, best first",
            description = "Anyone signed in, for a published opportunity (a draft: its organisation's people). Candidates "
                    + "offer a required competence or one of its family, or name one of the opportunity's keywords. " + MatchViews.FACTORS)
    @APIResponse(responseCode = "200", description = "One page of ranked organisations with their factors")
    @APIResponse(responseCode = "400", description = "A weight out of bounds; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    public RankingPage<OrganisationMatch> organisationsFor(@PathParam("id") UUID id, @BeanParam WeightParameters weights,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Weights chosen = weights.weights();
        String language = Sentences.language(headers.getAcceptableLanguages());
        RankOrganisations.Result result = organisations.rank(id, chosen, (page + 1) * size);
        List<OrganisationMatch> items = MatchViews.page(result.matches(), page, size).stream()
                .map(m -> new OrganisationMatch(m.offer().id(), m.offer().name(), m.offer().place().country(),
                        MatchViews.round(m.score()), FactorView.of(m.factors(), chosen, language)))
                .toList();
        return new RankingPage<>(language, chosen.asMap(), items, page, size, result.total());
    }

}
