package eu.viaduc.members.alliance.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import eu.viaduc.members.alliance.model.Alliance;
import eu.viaduc.members.alliance.service.AllianceService;
import eu.viaduc.members.alliance.service.FormAlliance;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/alliances")
@Tag(name = "Alliances", description = "Partnerships of clusters across countries")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such alliance")
public class AllianceResource {

    private final AllianceService alliances;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public AllianceResource(AllianceService alliances, Idempotency idempotency, Caller caller) {
        this.alliances = alliances;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "formAlliance", summary = "Form an alliance",
            description = "Platform admins, and people who manage a cluster or an alliance (who then manage the new one; "
                    + "more managers are appointed by invitation). "
                    + "Publishes alliance.changed.v1.")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    public RestResponse<Object> form(@Valid @NotNull FormAlliance request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "formAlliance:" + caller.id(), request, () -> {
            Alliance alliance = alliances.form(request);
            return Created.of(URI.create("/api/v1/alliances/" + alliance.id()), AllianceView.of(alliance), null);
        }).toResponse();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getAlliance", summary = "Read an alliance and its clusters",
            description = "Public. The alliance's programme period and its clusters.")
    @APIResponse(responseCode = "200", description = "The alliance",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    public AllianceView get(@PathParam("id") UUID id) {
        return AllianceView.of(alliances.get(id));
    }

    @PUT
    @Path("{id}/clusters/{clusterId}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "addAllianceCluster", summary = "Add a cluster to an alliance",
            description = "Platform admins and this alliance's managers. Publishes alliance.changed.v1.")
    @APIResponse(responseCode = "200", description = "The alliance with the cluster",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    @APIResponse(responseCode = "409", description = "The cluster is in the alliance already")
    public AllianceView addCluster(@PathParam("id") UUID id, @PathParam("clusterId") UUID clusterId) {
        return AllianceView.of(alliances.addCluster(id, clusterId));
    }

    @DELETE
    @Path("{id}/clusters/{clusterId}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "removeAllianceCluster", summary = "Remove a cluster from an alliance",
            description = "Platform admins and this alliance's managers. Publishes alliance.changed.v1.")
    @APIResponse(responseCode = "200", description = "The alliance without the cluster",
            content = @Content(schema = @Schema(implementation = AllianceView.class)))
    public AllianceView removeCluster(@PathParam("id") UUID id, @PathParam("clusterId") UUID clusterId) {
        return AllianceView.of(alliances.removeCluster(id, clusterId));
    }
}
