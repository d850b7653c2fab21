package eu.viaduc.members.organisation.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
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

import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.members.organisation.service.OrganisationService;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Companies and bodies of the ecosystem map")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    private final OrganisationService organisations;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public OrganisationResource(OrganisationService organisations, Idempotency idempotency, Caller caller) {
        this.organisations = organisations;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Any signed-in person (not a partner app); they become its first ADMIN. Adds an "
                    + "organisation to the ecosystem map and publishes organisation.registered.v2 "
                    + "with the whole profile. Codes are checked against the taxonomies; a registration id "
                    + "already registered is a 409. "
                    + "With an Idempotency-Key, a retry gets the first answer (Idempotent-Replayed: true) and a "
                    + "reused key with another body a 422.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request")
    public RestResponse<Object> register(@Valid @NotNull OrganisationProfile request,
            @Parameter(description = "Makes a retried request safe: the same key and body give the first answer again")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "registerOrganisation:" + caller.id(), request, () -> {
            Organisation organisation = organisations.register(request);
            return Created.of(URI.create("/api/v1/organisations/" + organisation.id()), OrganisationView.of(organisation),
                    null);
        }).toResponse();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getOrganisation", summary = "Read an organisation's public profile",
            description = "Public. What the organisation shows to everyone; the ETag is its version, for If-Match on updates and If-None-Match on reads.")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public RestResponse<OrganisationView> get(@PathParam("id") UUID id) {
        Organisation organisation = organisations.read(id);
        return RestResponse.ResponseBuilder.ok(OrganisationView.of(organisation))
                .header(HttpHeaders.ETAG, ETags.of(organisation.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation's profile",
            description = "Platform admins, or the organisation's EDITORs and ADMINs. Requires "
                    + "If-Match with the ETag last read. Publishes organisation.updated.v2, and "
                    + "organisation.competences-changed.v1 when competences or keywords changed.")
    @APIResponse(responseCode = "200", description = "Updated; ETag is the new version",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "412", description = "The organisation changed since the ETag sent")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<OrganisationView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OrganisationProfile request) {
        Organisation organisation = organisations.update(id, request, ifMatch);
        return RestResponse.ResponseBuilder.ok(OrganisationView.of(organisation))
                .header(HttpHeaders.ETAG, ETags.of(organisation.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation from the map",
            description = "Platform admins, or the organisation's ADMINs. A soft delete: the organisation "
                    + "disappears for readers. If-Match, when sent, must match. Publishes organisation.deleted.v1.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such organisation")
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        organisations.delete(id, ifMatch);
    }

    @POST
    @Path("{id}/erasure")
    @Consumes(MediaType.WILDCARD)
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "eraseOrganisation", summary = "Erase an organisation and its people (GDPR)",
            description = "Platform admins, or the organisation's ADMINs. Deletes its contacts, its people's affiliations, overwrites "
                    + "what may identify a person (name, city, point, ids, texts) and leaves the map; works on a "
                    + "deleted organisation too. Publishes organisation.erased.v1 so every service forgets it.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such organisation, or already erased")
    public void erase(@PathParam("id") UUID id) {
        organisations.erase(id);
    }
}
