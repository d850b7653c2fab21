package eu.viaduc.matchmaking.interest.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.interest.model.Interest;
import eu.viaduc.matchmaking.interest.model.InterestStatus;
import eu.viaduc.matchmaking.interest.service.AcceptInterest;
import eu.viaduc.matchmaking.interest.service.DeclineInterest;
import eu.viaduc.matchmaking.interest.service.Interests;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.rest.Page;

@Path("/api/v1/expressions-of-interest")
@Tag(name = "Expressions of interest", description = "An organisation tells a poster it wants to answer; once accepted, both are introduced")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class InterestResource {

    private final Interests interests;
    private final AcceptInterest accept;
    private final DeclineInterest decline;

    @Inject
    public InterestResource(Interests interests, AcceptInterest accept, DeclineInterest decline) {
        this.interests = interests;
        this.accept = accept;
        this.decline = decline;
    }

    @GET
    @Operation(operationId = "listInterests", summary = "An organisation's expressions of interest, sent or received, newest first",
            description = "Its people only (any role).")
    @APIResponse(responseCode = "200", description = "One page of expressions")
    @APIResponse(responseCode = "400", description = "A parameter is wrong; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a person of the organisation")
    public List<InterestView> list(@QueryParam("organisationId") @NotNull UUID organisationId,
            @QueryParam("direction") @DefaultValue("RECEIVED") Interests.Direction direction,
            @QueryParam("status") InterestStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return interests.of(organisationId, direction, status, page, size).stream().map(InterestView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getInterest", summary = "One expression of interest", description = "Its two organisations' people only.")
    @APIResponse(responseCode = "200", description = "The expression", content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such expression, or not one of its organisations")
    public Response get(@PathParam("id") UUID id) {
        return withETag(interests.read(id));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptInterest", summary = "Accept: the two organisations are introduced",
            description = "By an EDITOR or ADMIN of the opportunity's organisation. Publishes interest.accepted.v1 and "
                    + "interest.introduced.v1; members-service then lets each organisation's people see the other's "
                    + "contacts who consented to be shown to members.")
    @APIResponse(responseCode = "200", description = "INTRODUCED", content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "The sender's side, or not an EDITOR or ADMIN")
    @APIResponse(responseCode = "404", description = "No such expression, or not one of its organisations")
    @APIResponse(responseCode = "409", description = "Not pending any more")
    public Response accept(@PathParam("id") UUID id) {
        return withETag(accept.accept(id));
    }

    @POST
    @Path("{id}/declination")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineInterest", summary = "Decline, with a reason if you like",
            description = "By an EDITOR or ADMIN of the opportunity's organisation. Publishes interest.declined.v1.")
    @APIResponse(responseCode = "200", description = "DECLINED", content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "400", description = "The reason is too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "The sender's side, or not an EDITOR or ADMIN")
    @APIResponse(responseCode = "404", description = "No such expression, or not one of its organisations")
    @APIResponse(responseCode = "409", description = "Not pending any more")
    public Response decline(@PathParam("id") UUID id, @Valid DeclineRequest request) {
        return withETag(decline.decline(id, request == null ? null : request.reason()));
    }

    private static Response withETag(Interest interest) {
        return Response.ok(InterestView.of(interest)).header("ETag", ETags.of(interest.version())).build();
    }
}
