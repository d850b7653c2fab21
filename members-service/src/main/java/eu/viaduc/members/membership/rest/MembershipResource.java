package eu.viaduc.members.membership.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import eu.viaduc.members.membership.model.Membership;
import eu.viaduc.members.membership.service.MembershipService;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/memberships")
@Tag(name = "Memberships", description = "Organisations joining clusters: PENDING -> ACTIVE -> ENDED, or REFUSED")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "404", description = "No such membership")
public class MembershipResource {

    private final MembershipService memberships;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public MembershipResource(MembershipService memberships, Idempotency idempotency, Caller caller) {
        this.memberships = memberships;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestMembership", summary = "Ask for an organisation to join a cluster, or propose it",
            description = "An organisation's ADMIN asks (proposedBy ORGANISATION: the cluster's managers approve); a "
                    + "cluster's manager or a platform admin proposes (proposedBy CLUSTER: the organisation's ADMINs "
                    + "accept). Publishes membership.requested.v1.")
    @APIResponse(responseCode = "201", description = "Requested, PENDING",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "A pending or active membership exists already")
    public RestResponse<Object> request(@Valid @NotNull RequestMembership request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "requestMembership:" + caller.id(), request, () -> {
            Membership membership = memberships.request(request.organisationId(), request.clusterId());
            return Created.of(URI.create("/api/v1/memberships/" + membership.id()), MembershipView.of(membership), null);
        }).toResponse();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMembership", summary = "Read a membership",
            description = "For the organisation's people, the cluster's managers and platform admins.")
    @APIResponse(responseCode = "200", description = "The membership",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    public MembershipView get(@PathParam("id") UUID id) {
        return MembershipView.of(memberships.read(id));
    }

    // Decisions carry no body: the path says what is decided.
    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approveMembership", summary = "Approve a pending membership",
            description = "By the side that did not propose it: the cluster's managers when the organisation asked, "
                    + "the organisation's ADMINs when the cluster proposed (platform admins for either side), and never "
                    + "by the person who proposed it. Publishes membership.activated.v1.")
    @APIResponse(responseCode = "200", description = "ACTIVE",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The membership is not pending")
    public MembershipView approve(@PathParam("id") UUID id) {
        return MembershipView.of(memberships.approve(id));
    }

    @POST
    @Path("{id}/refusal")
    @Operation(operationId = "refuseMembership", summary = "Refuse a pending membership",
            description = "By the side that did not propose it, as for approval. Publishes membership.refused.v1.")
    @APIResponse(responseCode = "200", description = "REFUSED",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The membership is not pending")
    public MembershipView refuse(@PathParam("id") UUID id) {
        return MembershipView.of(memberships.refuse(id));
    }

    @POST
    @Path("{id}/ending")
    @Operation(operationId = "endMembership", summary = "End a membership, or withdraw a pending request",
            description = "By the organisation's ADMINs or the cluster's managers. Publishes membership.ended.v1.")
    @APIResponse(responseCode = "200", description = "ENDED",
            content = @Content(schema = @Schema(implementation = MembershipView.class)))
    @APIResponse(responseCode = "409", description = "The membership is refused or ended already")
    public MembershipView end(@PathParam("id") UUID id) {
        return MembershipView.of(memberships.end(id));
    }
}
