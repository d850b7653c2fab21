package eu.viaduc.matchmaking.consortium.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.cluster.service.KnownClusters;
import eu.viaduc.matchmaking.consortium.service.BuildConsortium;
import eu.viaduc.matchmaking.ranking.model.Sentences;

@Path("/api/v1/consortia")
@Tag(name = "Consortia", description = "Teams across clusters and countries that together cover every required competence")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ConsortiaResource {

    private final BuildConsortium build;
    private final KnownClusters clusters;

    @Context
    HttpHeaders headers;

    @Inject
    public ConsortiaResource(BuildConsortium build, KnownClusters clusters) {
        this.build = build;
        this.clusters = clusters;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "buildConsortium", summary = "Teams that together cover competences asked ad hoc",
            description = "Anyone signed in, for a call or an inter-cluster answer not posted as an opportunity. "
                    + OpportunityConsortiaResource.HOW)
    @APIResponse(responseCode = "200", description = "The teams, best first, with who covers what and why")
    @APIResponse(responseCode = "400", description = "An unknown competence or country, or a rule out of bounds; the problem names the field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public ConsortiumView build(@Valid @NotNull AdHocConsortiumRequest request) {
        return ConsortiumView.of(null, build.forCompetences(request.requiredCompetences(), request.countries(),
                request.rulesOrDefaults().rules()), clusters, Sentences.language(headers.getAcceptableLanguages()));
    }
}
