package eu.viaduc.members.affiliation.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
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

import eu.viaduc.members.affiliation.service.JoinRequestService;

// Decisions carry no body: the path says what is decided.
@Path("/api/v1/join-requests/{id}")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "404", description = "No such join request")
@APIResponse(responseCode = "409", description = "The request is not pending")
public class JoinRequestResource {

    private final JoinRequestService joinRequests;

    @Inject
    public JoinRequestResource(JoinRequestService joinRequests) {
        this.joinRequests = joinRequests;
    }

    @POST
    @Path("acceptance")
    @Operation(operationId = "acceptJoinRequest", summary = "Accept a request to join the organisation",
            description = "The organisation's ADMINs and platform admins. The person acts for it at once, with the "
                    + "role they asked for. Publishes organisation.people-changed.v1.")
    @APIResponse(responseCode = "200", description = "ACCEPTED",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    public JoinRequestView accept(@PathParam("id") UUID id) {
        return JoinRequestView.of(joinRequests.accept(id));
    }

    @POST
    @Path("refusal")
    @Operation(operationId = "refuseJoinRequest", summary = "Refuse a request to join the organisation",
            description = "The organisation's ADMINs and platform admins.")
    @APIResponse(responseCode = "200", description = "REFUSED",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    public JoinRequestView refuse(@PathParam("id") UUID id) {
        return JoinRequestView.of(joinRequests.refuse(id));
    }

    @POST
    @Path("withdrawal")
    @Operation(operationId = "withdrawJoinRequest", summary = "Withdraw one's own request to join",
            description = "Only the person who asked.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    public JoinRequestView withdraw(@PathParam("id") UUID id) {
        return JoinRequestView.of(joinRequests.withdraw(id));
    }
}
