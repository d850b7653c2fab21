package eu.viaduc.members.affiliation.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import eu.viaduc.members.affiliation.rest.Requests.RedeemInvitation;
import eu.viaduc.members.affiliation.service.InvitationService;

@Path("/api/v1/invitations")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class InvitationResource {

    private final InvitationService invitations;

    @Inject
    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Path("redemption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemInvitation", summary = "Redeem an invitation's code",
            description = "The invited person, signed in with the e-mail address the invitation was sent to, becomes "
                    + "affiliated at once. A code works once, for 14 days.")
    @APIResponse(responseCode = "200", description = "Redeemed: the invitation, ACCEPTED",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", description = "The code matches no invitation")
    @APIResponse(responseCode = "403", description = "The invitation was sent to another e-mail address")
    @APIResponse(responseCode = "409", description = "The invitation was used or revoked, or the person is affiliated already")
    @APIResponse(responseCode = "410", description = "The invitation expired")
    public InvitationView redeem(@Valid @NotNull RedeemInvitation request) {
        return InvitationView.of(invitations.redeem(request.code()));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke a pending invitation",
            description = "Those who may invite to its organisation, cluster or alliance.")
    @APIResponse(responseCode = "204", description = "Revoked: its code no longer works")
    @APIResponse(responseCode = "404", description = "No such invitation")
    @APIResponse(responseCode = "409", description = "The invitation was used or revoked already")
    public void revoke(@PathParam("id") UUID id) {
        invitations.revoke(id);
    }
}
