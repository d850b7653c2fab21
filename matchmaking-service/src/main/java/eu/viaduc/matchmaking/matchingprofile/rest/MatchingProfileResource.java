package eu.viaduc.matchmaking.matchingprofile.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.matchingprofile.service.MatchingProfileService;
import eu.viaduc.matchmaking.matchingprofile.service.MatchingProfileService.MatchingProfile;

@Path("/api/v1/matching-profiles/{organisationId}")
@Tag(name = "Candidates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class MatchingProfileResource {

    private final MatchingProfileService profiles;

    @Inject
    public MatchingProfileResource(MatchingProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Operation(operationId = "getMatchingProfile", summary = "How matchmaking sees an organisation, and what it lacks",
            description = "The organisation's EDITORs and ADMINs and platform admins: the facts matchmaking matches on "
                    + "(as the last members event gave them) and the empty fields worth filling in, with why. Who acts "
                    + "for the organisation comes from this service's own copy of members' affiliation events.")
    @APIResponse(responseCode = "200", description = "The matching profile",
            content = @Content(schema = @Schema(implementation = MatchingProfile.class)))
    @APIResponse(responseCode = "404", description = "No event has brought this organisation to matchmaking")
    public MatchingProfile get(@PathParam("organisationId") UUID organisationId) {
        return profiles.of(organisationId);
    }
}
