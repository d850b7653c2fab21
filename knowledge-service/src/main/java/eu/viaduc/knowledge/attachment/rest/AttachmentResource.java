package eu.viaduc.knowledge.attachment.rest;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.knowledge.attachment.model.Attachment;
import eu.viaduc.knowledge.attachment.service.Attachments;
import eu.viaduc.platform.problem.ProblemException;

@Path("/api/v1/resources/{id}/attachments")
@Tag(name = "Resource attachments", description = "Files (PDF, office documents, images; 25 MB, 10 per resource, the type "
        + "detected from the content) and video links of a resource, shown to whom the resource is shown")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
@APIResponse(responseCode = "403", description = "The caller may not see or change the resource")
@APIResponse(responseCode = "404", description = "No such resource or attachment")
public class AttachmentResource {

    @Inject
    Attachments attachments;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "attachFile", summary = "Attach a file, sent as the request body",
            description = "By the resource's authors. The body is the file itself (any Content-Type: the type is detected "
                    + "from the content by Apache Tika); it is streamed to the storage, never held whole in memory.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "409", description = "The resource has as many attachments as allowed")
    @APIResponse(responseCode = "413", description = "Over 25 MB: nothing is stored")
    @APIResponse(responseCode = "415", description = "Not PDF, an office document or an image: nothing is stored")
    public Response attach(@PathParam("id") UUID id,
            @QueryParam("fileName") @NotBlank @Size(max = 255) String fileName,
            @QueryParam("title") @Size(max = 300) String title, InputStream body) {
        AttachmentView view = AttachmentView.of(attachments.addFile(id, fileName.strip(), title, body));
        return Response.created(URI.create("/api/v1/resources/" + id + "/attachments/" + view.id())).entity(view).build();
    }

    @POST
    @Path("links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachVideoLink", summary = "Attach a video link (https)",
            description = "By the resource's authors. An https address of a video (not stored here), counted among the attachments.")
    @APIResponse(responseCode = "201", description = "Attached", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "400", description = "Not an https address")
    public Response link(@PathParam("id") UUID id, @Valid @NotNull VideoLinkRequest request) {
        AttachmentView view = AttachmentView.of(attachments.addVideoLink(id, request.title(), request.url()));
        return Response.created(URI.create("/api/v1/resources/" + id + "/attachments/" + view.id())).entity(view).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listAttachments", summary = "A resource's attachments",
            description = "Whoever may read the resource (its visibility decides), without a token for a public one.")
    @APIResponse(responseCode = "200", description = "The attachments")
    public List<AttachmentView> list(@PathParam("id") UUID id) {
        return attachments.of(id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @PermitAll
    @Path("{attachmentId}")
    @Operation(operationId = "getAttachment", summary = "An attachment's description",
            description = "Whoever may read the resource. Its name, type, size and checksum; the file is at its content link.")
    @APIResponse(responseCode = "200", description = "The attachment", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public AttachmentView get(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentView.of(attachments.readable(id, attachmentId));
    }

    @GET
    @PermitAll
    @Path("{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadAttachment", summary = "Download a file",
            description = "Streamed, with its detected Content-Type, Content-Disposition and an ETag (its SHA-256); "
                    + "If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    @APIResponse(responseCode = "304", description = "Unchanged")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        Attachment file = attachments.readable(id, attachmentId);
        if (file.kind() != Attachment.Kind.FILE) {
            throw ProblemException.notFound("file", attachmentId);
        }
        String etag = "\"" + file.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", etag).build();
        }
        StreamingOutput bytes = out -> attachments.copy(file, out);
        return Response.ok(bytes, file.mediaType()).header("ETag", etag).header("Content-Length", file.sizeBytes())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("{attachmentId}")
    @Operation(operationId = "removeAttachment", summary = "Remove an attachment", description = "By the resource's authors.")
    @APIResponse(responseCode = "204", description = "Removed, with its bytes")
    public void remove(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        attachments.remove(id, attachmentId);
    }
}
