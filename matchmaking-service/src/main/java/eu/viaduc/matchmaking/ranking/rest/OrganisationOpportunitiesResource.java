package eu.viaduc.matchmaking.ranking.rest;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
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

import eu.viaduc.matchmaking.opportunity.model.Opportunity;
import eu.viaduc.matchmaking.opportunity.model.OpportunityText;
import eu.viaduc.matchmaking.opportunity.model.TextLanguages;
import eu.viaduc.matchmaking.ranking.model.Improvement;
import eu.viaduc.matchmaking.ranking.model.Sentences;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.FactorView;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.ImprovementView;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.OpportunityMatch;
import eu.viaduc.matchmaking.ranking.rest.MatchViews.RankingPage;
import eu.viaduc.matchmaking.ranking.service.MatchingData;
import eu.viaduc.matchmaking.ranking.service.RankOpportunities;
import eu.viaduc.platform.rest.Page;

@Path("/api/v1/matching-profiles/{organisationId}/opportunities")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class OrganisationOpportunitiesResource {

    private final RankOpportunities opportunities;

    @Context
    HttpHeaders headers;

    @Inject
    public OrganisationOpportunitiesResource(RankOpportunities opportunities) {
        this.opportunities = opportunities;
    }

    @GET
    @Operation(operationId = "rankOpportunitiesForOrganisation", summary = "Opportunities for an organisation, best first",
            description = "The organisation's people and platform admins. Published opportunities of others that ask one of "
                    + "its competences (or one of their family) or name one of its keywords, each with its factors and what "
                    + "would raise the organisation's score. " + MatchViews.FACTORS)
    @APIResponse(responseCode = "200", description = "One page of ranked opportunities with their factors and improvements")
    @APIResponse(responseCode = "400", description = "A weight out of bounds; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not one of the organisation's people")
    @APIResponse(responseCode = "404", description = "The organisation has not reached matchmaking's read model")
    public RankingPage<OpportunityMatch> opportunitiesFor(@PathParam("organisationId") UUID organisationId,
            @BeanParam WeightParameters weights,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Weights chosen = weights.weights();
        List<Locale> acceptable = headers.getAcceptableLanguages();
        String language = Sentences.language(acceptable);
        RankOpportunities.Result result = opportunities.rank(organisationId, chosen, (page + 1) * size);
        Instant now = Instant.now();
        List<OpportunityMatch> items = MatchViews.page(result.matches(), page, size).stream().map(m -> {
            Opportunity o = result.opportunities().get(m.need().opportunityId());
            OpportunityText text = o.texts().get(TextLanguages.negotiate(acceptable, o.texts().keySet(), o.originalLanguage()));
            MatchingData.Poster poster = result.posters().getOrDefault(o.organisationId(), MatchingData.Poster.UNKNOWN);
            return new OpportunityMatch(o.id(), o.type().name(), text.title(), o.organisationId(), poster.name(),
                    o.expiresAt(), MatchViews.round(m.score()), FactorView.of(m.factors(), chosen, language),
                    ImprovementView.of(Improvement.suggest(m.need(), m.offer(), chosen, now), language));
        }).toList();
        return new RankingPage<>(language, chosen.asMap(), items, page, size, result.matches().size());
    }
}
