package eu.viaduc.members.cluster.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.members.cluster.model.Cluster;
import eu.viaduc.members.cluster.model.ClusterProfile;
import eu.viaduc.members.cluster.model.LabelLevel;
import eu.viaduc.members.cluster.service.ClusterFilter;
import eu.viaduc.members.cluster.service.ClusterService;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.Roles;

@Path("/api/v1/clusters")
@Tag(name = "Clusters", description = "Cluster organisations: profiles, regions, sectors, labels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClusterResource {

    private final ClusterService clusters;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public ClusterResource(ClusterService clusters, Idempotency idempotency, Caller caller) {
        this.clusters = clusters;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "registerCluster", summary = "Register a cluster",
            description = "Platform admins only. Publishes cluster.registered.v2 with the whole profile.")
    @APIResponse(responseCode = "201", description = "Registered; ETag is its version",
            headers = @Header(name = "ETag", description = "The cluster's version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public RestResponse<Object> register(@Valid @NotNull ClusterProfile profile,
            @Parameter(description = "Makes a retried request safe: the same key and body give the first answer again")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "registerCluster:" + caller.id(), profile, () -> {
            Cluster cluster = clusters.register(profile);
            return Created.of(URI.create("/api/v1/clusters/" + cluster.id()), ClusterView.of(cluster),
                    ETags.of(cluster.version()));
        }).toResponse();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "updateCluster", summary = "Replace a cluster's profile",
            description = "Platform admins, or managers of this cluster. Requires If-Match with the ETag last read. "
                    + "Publishes cluster.updated.v2 with the whole profile.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "412", description = "The cluster changed since the ETag sent")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ClusterView> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ClusterProfile profile) {
        Cluster cluster = clusters.update(id, profile, ifMatch);
        return RestResponse.ResponseBuilder.ok(ClusterView.of(cluster))
                .header(HttpHeaders.ETAG, ETags.of(cluster.version()))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getCluster", summary = "Read a cluster's profile",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "The cluster; ETag is its version",
            content = @Content(schema = @Schema(implementation = ClusterView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    public RestResponse<ClusterView> get(@PathParam("id") UUID id) {
        Cluster cluster = clusters.get(id);
        return RestResponse.ResponseBuilder.ok(ClusterView.of(cluster))
                .header(HttpHeaders.ETAG, ETags.of(cluster.version()))
                .build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listClusters", summary = "List clusters, filtered",
            description = "Public. Filters combine; NUTS and NACE filters match sub-codes; a label filter finds "
                    + "labels valid today.")
    @APIResponse(responseCode = "200", description = "One page of clusters and the total")
    public Page<ClusterView> list(
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
            @QueryParam("nutsRegion") @Pattern(regexp = "[A-Z]{2}[0-9A-Z]{0,3}", message = "must be a NUTS code") String nutsRegion,
            @QueryParam("valueChain") @Size(max = 100) String valueChain,
            @QueryParam("nace") @Pattern(regexp = "[A-V]|[A-V]?[0-9]{2}(\\.[0-9]{1,2})?", message = "must be a NACE code") String nace,
            // a String, not the enum: JAX-RS answers 404 to a query parameter it cannot convert
            @QueryParam("label") @Pattern(regexp = "BRONZE|SILVER|GOLD", message = "must be one of BRONZE, SILVER, GOLD") String label,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<Cluster> found = clusters.find(new ClusterFilter(country, nutsRegion, valueChain, nace,
                label == null ? null : LabelLevel.valueOf(label)), page, size);
        return new Page<>(found.items().stream().map(cluster -> ClusterView.of(cluster)).toList(),
                page, size, found.total());
    }

}
