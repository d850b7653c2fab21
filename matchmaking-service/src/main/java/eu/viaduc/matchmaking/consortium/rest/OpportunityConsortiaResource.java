package eu.viaduc.matchmaking.consortium.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.consortium.model.ConsortiumBuilder;
import eu.viaduc.matchmaking.cluster.service.KnownClusters;
import eu.viaduc.matchmaking.consortium.service.BuildConsortium;
import eu.viaduc.matchmaking.ranking.model.Sentences;

/** Its own class: a longer literal path under /api/v1/opportunities/{id} must not shadow the opportunity resource. */
@Path("/api/v1/opportunities/{id}/consortia")
@Tag(name = "Consortia", description = "Teams across clusters and countries that together cover every required competence")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class OpportunityConsortiaResource {

    static final String HOW = "Candidates offer at least one required competence exactly (a family relation does not "
            + "cover it) and come from a country sought, if any. Teams are smallest first, then by their members' mean "
            + "ranking score for the need (default weights); interchangeable organisations (same competences, country "
            + "and clusters) appear as substitutes. Clusters count only when different members represent them. The "
            + "search is exact up to " + ConsortiumBuilder.EXACT_BOUND
            + " kinds of candidates and narrowed beyond (search.method says which). The same data gives the same "
            + "teams. No possible team is a 200 with no teams and the reason (uncoveredCompetences, explanation).";

    private final BuildConsortium build;
    private final KnownClusters clusters;

    @Context
    HttpHeaders headers;

    @Inject
    public OpportunityConsortiaResource(BuildConsortium build, KnownClusters clusters) {
        this.build = build;
        this.clusters = clusters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "buildConsortiumForOpportunity", summary = "Teams that together answer an opportunity",
            description = "Anyone signed in, for a published opportunity (a draft: its organisation's people); the poster "
                    + "is not a candidate. The body (optional) holds the team rules. " + HOW)
    @APIResponse(responseCode = "200", description = "The teams, best first, with who covers what and why")
    @APIResponse(responseCode = "400", description = "A rule out of bounds, or an opportunity with no required competence; the problem names the field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    public ConsortiumView build(@PathParam("id") UUID id, @Valid ConsortiumRules rules) {
        ConsortiumRules chosen = rules == null ? ConsortiumRules.DEFAULTS : rules;
        return ConsortiumView.of(id, build.forOpportunity(id, chosen.rules()), clusters,
                Sentences.language(headers.getAcceptableLanguages()));
    }
}
