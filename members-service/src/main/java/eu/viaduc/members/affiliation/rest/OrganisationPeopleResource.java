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
import jakarta.ws.rs.PUT;
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

import eu.viaduc.members.affiliation.rest.Requests.AskToJoin;
import eu.viaduc.members.affiliation.rest.Requests.ChangeRole;
import eu.viaduc.members.affiliation.rest.Requests.InvitePerson;
import eu.viaduc.members.affiliation.service.InvitationService;
import eu.viaduc.members.affiliation.service.JoinRequestService;
import eu.viaduc.members.affiliation.service.PeopleService;
import eu.viaduc.platform.security.AffiliationScope;

@Path("/api/v1/organisations/{id}/people")
@Tag(name = "People", description = "Who acts for an organisation (ADMIN, EDITOR), who manages a cluster or an alliance; "
        + "joining by invitation or by a request the organisation accepts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "404", description = "No such organisation, person, invitation or request")
public class OrganisationPeopleResource {

    private static final AffiliationScope ORGANISATION = AffiliationScope.ORGANISATION;

    private final PeopleService people;
    private final InvitationService invitations;
    private final JoinRequestService joinRequests;

    @Inject
    public OrganisationPeopleResource(PeopleService people, InvitationService invitations, JoinRequestService joinRequests) {
        this.people = people;
        this.invitations = invitations;
        this.joinRequests = joinRequests;
    }

    @GET
    @Operation(operationId = "listOrganisationPeople", summary = "List the people who act for an organisation",
            description = "The organisation's ADMINs and platform admins. ADMINs first, then by name.")
    @APIResponse(responseCode = "200", description = "The people, with their role",
            content = @Content(schema = @Schema(implementation = AffiliationView.class, type = SchemaType.ARRAY)))
    public List<AffiliationView> list(@PathParam("id") UUID id) {
        return people.list(ORGANISATION, id).stream().map(AffiliationView::of).toList();
    }

    @PUT
    @Path("{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOrganisationRole", summary = "Change a person's role in the organisation",
            description = "The organisation's ADMINs and platform admins. Publishes organisation.people-changed.v1.")
    @APIResponse(responseCode = "200", description = "The person with the new role",
            content = @Content(schema = @Schema(implementation = AffiliationView.class)))
    @APIResponse(responseCode = "409", description = "The last ADMIN would be demoted")
    public AffiliationView changeRole(@PathParam("id") UUID id, @PathParam("subject") @Size(max = 255) String subject,
            @Valid @NotNull ChangeRole request) {
        return AffiliationView.of(people.changeRole(id, subject, request.role()));
    }

    @DELETE
    @Path("{subject}")
    @Operation(operationId = "removeOrganisationPerson", summary = "Remove a person from the organisation, or leave it",
            description = "The organisation's ADMINs and platform admins remove anyone; a person removes themselves. "
                    + "Takes effect in every service once organisation.people-changed.v1 is applied.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The last ADMIN would leave")
    public void remove(@PathParam("id") UUID id, @PathParam("subject") @Size(max = 255) String subject) {
        people.remove(ORGANISATION, id, subject);
    }

    @GET
    @Path("invitations")
    @Operation(operationId = "listOrganisationInvitations", summary = "List the organisation's pending invitations",
            description = "The organisation's ADMINs and platform admins. Codes are not shown again.")
    @APIResponse(responseCode = "200", description = "Pending invitations, newest first",
            content = @Content(schema = @Schema(implementation = InvitationView.class, type = SchemaType.ARRAY)))
    public List<InvitationView> invitations(@PathParam("id") UUID id) {
        return invitations.list(ORGANISATION, id).stream().map(InvitationView::of).toList();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "invitePerson", summary = "Invite a person to act for the organisation",
            description = "The organisation's ADMINs and platform admins. The answer holds a single-use code, valid "
                    + "14 days, for the inviter to pass on; the person signs in with the invited e-mail address and "
                    + "redeems it (POST /api/v1/invitations/redemption).")
    @APIResponse(responseCode = "201", description = "Invited; the code is in the answer, and only there",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "The person is affiliated already, or has a pending invitation")
    public RestResponse<InvitationView> invite(@PathParam("id") UUID id, @Valid @NotNull InvitePerson request) {
        var invitation = invitations.invite(ORGANISATION, id, request.email(), request.role());
        return RestResponse.ResponseBuilder.<InvitationView>created(URI.create("/api/v1/invitations/" + invitation.id()))
                .entity(InvitationView.of(invitation)).build();
    }

    @GET
    @Path("join-requests")
    @Operation(operationId = "listJoinRequests", summary = "List the requests to join the organisation",
            description = "The organisation's ADMINs and platform admins. Pending requests, oldest first.")
    @APIResponse(responseCode = "200", description = "Pending requests",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class, type = SchemaType.ARRAY)))
    public List<JoinRequestView> joinRequests(@PathParam("id") UUID id) {
        return joinRequests.list(id).stream().map(JoinRequestView::of).toList();
    }

    @POST
    @Path("join-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askToJoin", summary = "Ask to act for the organisation",
            description = "Any signed-in person not yet affiliated to it; its ADMINs accept or refuse "
                    + "(POST /api/v1/join-requests/{id}/acceptance).")
    @APIResponse(responseCode = "201", description = "Asked, PENDING",
            content = @Content(schema = @Schema(implementation = JoinRequestView.class)))
    @APIResponse(responseCode = "409", description = "Affiliated already, or asked already")
    public RestResponse<JoinRequestView> ask(@PathParam("id") UUID id, @Valid AskToJoin request) {
        var asked = request == null ? joinRequests.ask(id, null, null) : joinRequests.ask(id, request.role(), request.message());
        return RestResponse.ResponseBuilder.<JoinRequestView>created(URI.create("/api/v1/join-requests/" + asked.id()))
                .entity(JoinRequestView.of(asked)).build();
    }
}
