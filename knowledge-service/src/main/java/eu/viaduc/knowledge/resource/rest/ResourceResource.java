package eu.viaduc.knowledge.resource.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.knowledge.resource.model.Resource;
import eu.viaduc.knowledge.resource.service.ReadResource;
import eu.viaduc.knowledge.resource.service.ReviewResource;
import eu.viaduc.knowledge.resource.service.WriteResource;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/resources/{id}")
@Tag(name = "Resources", description = "Know-how in the partners' seven languages (en, fr, nl, es, bg, ro, da): "
        + "DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, every version kept; visibility PUBLIC, MEMBERS, CLUSTER or ALLIANCE")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "404", description = "No such resource (or none the caller may know of)")
public class ResourceResource {

    @Inject
    WriteResource write;
    @Inject
    ReviewResource review;
    @Inject
    ReadResource read;
    @Inject
    eu.viaduc.knowledge.search.RelatedResources related;

    @GET
    @PermitAll
    @Operation(operationId = "getResource", summary = "Read a resource in the reader's language",
            description = "The published version, to those its visibility lets in (PUBLIC ones without a token); any "
                    + "version, drafts too, to its authors and reviewers. The language is the first of the language "
                    + "parameter and Accept-Language that the version exists in, then its original language, then "
                    + "English, then en, fr, nl, es, bg, ro, da; Content-Language says which was served.")
    @APIResponse(responseCode = "200", description = "The resource", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "401", description = "Not public: sign in")
    @APIResponse(responseCode = "403", description = "Not shown to the caller")
    public Response get(@PathParam("id") UUID id,
            @Parameter(description = "A version number (authors and reviewers; readers: the published one)") @QueryParam("version") @Min(1) Integer version,
            @Parameter(description = "Overrides Accept-Language") @QueryParam("language") String language,
            @Context HttpHeaders headers) {
        ResourceView view = read.read(id, version, language, headers.getAcceptableLanguages());
        return Response.ok(view).header("Content-Language", view.language()).header("Vary", "Accept-Language").build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeResource", summary = "Edit a resource",
            description = "By the organisation's EDITORs and ADMINs. A draft is rewritten; a published resource gets a new "
                    + "draft version while the published one stays visible.")
    @APIResponse(responseCode = "200", description = "The draft", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "409", description = "In review or archived")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull ResourceRequest request, @Context HttpHeaders headers) {
        Resource resource = write.change(id, request);
        return latest(resource, headers);
    }

    @POST
    @Path("submission")
    @Operation(operationId = "submitResource", summary = "Submit the draft for review (IN_REVIEW)",
            description = "By the organisation's EDITORs and ADMINs. Publishes resource.submitted.v1.")
    @APIResponse(responseCode = "200", description = "IN_REVIEW", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "409", description = "The latest version is not a draft")
    public Response submit(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return latest(review.submit(id), headers);
    }

    @POST
    @Path("publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishResource", summary = "Approve the version in review (PUBLISHED)",
            description = "By a manager of one of the author organisation's clusters, or a platform admin; it replaces the "
                    + "version published before (kept, SUPERSEDED). Publishes resource.published.v1.")
    @APIResponse(responseCode = "200", description = "PUBLISHED", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "409", description = "Nothing in review")
    public Response publish(@PathParam("id") UUID id, @Valid ReviewRequest request, @Context HttpHeaders headers) {
        return latest(review.publish(id, request == null ? null : request.comment()), headers);
    }

    @POST
    @Path("return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnResource", summary = "Return the version in review to its author, with comments (DRAFT)",
            description = "By the resource's reviewers. Publishes resource.returned.v1.")
    @APIResponse(responseCode = "200", description = "DRAFT again", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "400", description = "No comment")
    @APIResponse(responseCode = "409", description = "Nothing in review")
    public Response returnToAuthor(@PathParam("id") UUID id, @Valid @NotNull ReviewRequest request, @Context HttpHeaders headers) {
        if (request.comment() == null || request.comment().isBlank()) {
            throw ProblemException.invalid("comment", "must say what the author should change");
        }
        return latest(review.returnToAuthor(id, request.comment().strip()), headers);
    }

    @POST
    @Path("archival")
    @Operation(operationId = "archiveResource", summary = "Archive a published resource (ARCHIVED)",
            description = "By the organisation's people or the resource's reviewers. Publishes resource.archived.v1.")
    @APIResponse(responseCode = "200", description = "ARCHIVED", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "409", description = "Not published")
    public Response archive(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Resource resource = review.archive(id);
        return ok(read.read(id, resource.publishedVersion(), null, headers.getAcceptableLanguages()));
    }

    @GET
    @Path("versions")
    @Operation(operationId = "listResourceVersions", summary = "Every version with its state and review",
            description = "For the resource's authors and reviewers.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return read.versions(id).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("comparison")
    @Operation(operationId = "compareResourceVersions", summary = "Two versions side by side, language by language",
            description = "For the resource's authors and reviewers: title, summary and body before and after, and whether "
                    + "each changed.")
    @APIResponse(responseCode = "200", description = "The comparison")
    @APIResponse(responseCode = "400", description = "from or to names no version")
    public List<ReadResource.LanguageComparison> compare(@PathParam("id") UUID id,
            @QueryParam("from") @NotNull @Min(1) Integer from, @QueryParam("to") @NotNull @Min(1) Integer to) {
        return read.compare(id, from, to);
    }

    @GET
    @Path("related")
    @jakarta.annotation.security.PermitAll
    @Operation(operationId = "relatedResources", summary = "Resources related to this one, with why",
            description = "Among the published resources the caller may see: those sharing tags, sectors or the value "
                    + "chain, or close in text (the title and summary's words in theirs, in the same language), the "
                    + "strongest first, each with its shared tags and sectors and its text similarity.")
    @APIResponse(responseCode = "200", description = "Up to 5 related resources")
    public List<eu.viaduc.knowledge.search.RelatedResources.Related> related(@PathParam("id") UUID id) {
        return related.of(id, 5);
    }

    private Response latest(Resource resource, HttpHeaders headers) {
        return ok(read.read(resource.id(), resource.latestVersion(), null, headers.getAcceptableLanguages()));
    }

    private static Response ok(ResourceView view) {
        return Response.ok(view).header("Content-Language", view.language()).build();
    }
}
