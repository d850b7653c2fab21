package eu.viaduc.members.affiliation.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.members.affiliation.rest.Requests.InviteManager;
import eu.viaduc.members.affiliation.service.InvitationService;
import eu.viaduc.members.affiliation.service.PeopleService;
import eu.viaduc.platform.security.AffiliationScope;

@Path("/api/v1/alliances/{id}/managers")
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "404", description = "No such alliance or manager")
public class AllianceManagersResource {

    private static final AffiliationScope SCOPE = AffiliationScope.ALLIANCE;

    private final PeopleService people;
    private final InvitationService invitations;

    @Inject
    public AllianceManagersResource(PeopleService people, InvitationService invitations) {
        this.people = people;
        this.invitations = invitations;
    }

    @GET
    @Operation(operationId = "listAllianceManagers", summary = "List the alliance's managers",
            description = "The alliance's managers and platform admins: managers are people, so nobody else sees them.")
    @APIResponse(responseCode = "200", description = "The managers, by name",
            content = @Content(schema = @Schema(implementation = AffiliationView.class, type = SchemaType.ARRAY)))
    public List<AffiliationView> list(@PathParam("id") UUID id) {
        return people.list(SCOPE, id).stream().map(AffiliationView::of).toList();
    }

    @DELETE
    @Path("{subject}")
    @Operation(operationId = "removeAllianceManager", summary = "Remove a manager of the alliance, or step down",
            description = "The alliance's managers and platform admins; a manager removes themselves. "
                    + "Publishes alliance.managers-changed.v1.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("subject") @Size(max = 255) String subject) {
        people.remove(SCOPE, id, subject);
    }

    @GET
    @Path("invitations")
    @Operation(operationId = "listAllianceManagerInvitations", summary = "List pending invitations to manage the alliance",
            description = "The alliance's managers and platform admins. Codes are not shown again.")
    @APIResponse(responseCode = "200", description = "Pending invitations, newest first",
            content = @Content(schema = @Schema(implementation = InvitationView.class, type = SchemaType.ARRAY)))
    public List<InvitationView> invitations(@PathParam("id") UUID id) {
        return invitations.list(SCOPE, id).stream().map(InvitationView::of).toList();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteAllianceManager", summary = "Appoint a manager of the alliance by invitation",
            description = "The alliance's managers and platform admins. The answer holds a single-use code, valid 14 "
                    + "days; the person signs in with the invited e-mail address and redeems it.")
    @APIResponse(responseCode = "201", description = "Invited; the code is in the answer, and only there",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "The person manages it already, or has a pending invitation")
    public RestResponse<InvitationView> invite(@PathParam("id") UUID id, @Valid @NotNull InviteManager request) {
        var invitation = invitations.invite(SCOPE, id, request.email(), null);
        return RestResponse.ResponseBuilder.<InvitationView>created(URI.create("/api/v1/invitations/" + invitation.id()))
                .entity(InvitationView.of(invitation)).build();
    }
}
