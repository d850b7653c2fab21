package eu.viaduc.matchmaking.interest.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.matchmaking.interest.service.ExpressInterest;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.security.Caller;

/** Its own class: a longer literal path under /api/v1/opportunities/{id} must not shadow the opportunity resource. */
@Path("/api/v1/opportunities/{id}/expressions-of-interest")
@Tag(name = "Expressions of interest", description = "An organisation tells a poster it wants to answer; once accepted, both are introduced")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class OpportunityInterestsResource {

    private final ExpressInterest express;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public OpportunityInterestsResource(ExpressInterest express, Idempotency idempotency, Caller caller) {
        this.express = express;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "expressInterest", summary = "Express an organisation's interest in a published opportunity",
            description = "By an EDITOR or ADMIN of the organisation interested, never the poster's own. One open expression "
                    + "per organisation and opportunity. It waits for the poster's answer for 30 days (configurable), then "
                    + "expires. Publishes interest.sent.v1 (without the message).")
    @APIResponse(responseCode = "201", description = "SENT", content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong, or the organisation is the poster; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    @APIResponse(responseCode = "404", description = "No such opportunity")
    @APIResponse(responseCode = "409", description = "Not published, or the organisation's interest is already open")
    public RestResponse<Object> express(@PathParam("id") UUID opportunityId, @Valid @NotNull InterestRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "expressInterest:" + caller.id() + ":" + opportunityId, request, () -> {
            Interest sent = express.express(opportunityId, request.organisationId(), request.message());
            return Created.of(URI.create("/api/v1/expressions-of-interest/" + sent.id()), InterestView.of(sent), ETags.of(sent.version()));
        }).toResponse();
    }
}
