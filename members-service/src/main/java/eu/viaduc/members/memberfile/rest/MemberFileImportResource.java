package eu.viaduc.members.memberfile.rest;

import static eu.viaduc.members.memberfile.service.MemberFileFormat.MEDIA_TYPE;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.Authenticated;

import eu.viaduc.members.memberfile.service.SubmitMemberFile;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.security.Caller;


@Path("/api/v1/clusters/{id}/member-file")
@Tag(name = "Member files", description = "CSV import of a cluster's member file and CSV export of a search")
public class MemberFileImportResource {

    private final SubmitMemberFile memberFiles;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public MemberFileImportResource(SubmitMemberFile memberFiles, Idempotency idempotency, Caller caller) {
        this.memberFiles = memberFiles;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes({ MEDIA_TYPE, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "importMemberFile", summary = "Import a cluster's member file (CSV)",
            description = "Platform admins, or this cluster's managers. One organisation per row, header required: "
                    + "name, type and country, and any of sizeBand, nutsRegion, city, latitude, longitude, "
                    + "registrationId, website, naceCodes, competences, keywords (lists separated by ';'), "
                    + "description_xx, offer_xx, need_xx (xx a language). Each valid row not yet on the map "
                    + "becomes an organisation with an active membership of the cluster. A row already on the map "
                    + "(same registration id, or same name and country) is not created again: the cluster proposes "
                    + "it a membership, which its ADMINs accept, or approves the request it had made. Importing a "
                    + "file twice creates nothing new. "
                    + "Invalid rows are reported, not imported. At most 50,000 rows; UTF-8 unless the "
                    + "Content-Type names another charset. The import is a job: the answer is 202 with its "
                    + "Location (GET /api/v1/member-file-imports/{id}); follow it until COMPLETED, with the report, "
                    + "or FAILED (nothing imported). A wrong header is a 400 at once; one cluster runs one import "
                    + "at a time (409). With an Idempotency-Key, a repeated request gets the same job.")
    @RequestBody(content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
            examples = "name,type,country,competences\nTexfor Tècnica SL,SME,ES,technical-textiles;digital-printing\n")))
    @APIResponse(responseCode = "202", description = "Accepted: the import job, QUEUED; Location names it",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    @APIResponse(responseCode = "409", description = "An import of this cluster is under way")
    public RestResponse<Object> importFile(@PathParam("id") UUID clusterId, @NotNull String file,
            @Parameter(description = "Makes a retried request safe: the same key gets the same job")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        // spreadsheets save "CSV UTF-8" with a byte-order mark, which would otherwise stick to the first column's name
        String withoutByteOrderMark = file.startsWith("\uFEFF") ? file.substring(1) : file;
        Created job = idempotency.create(idempotencyKey, "importMemberFile:" + caller.id() + ":" + clusterId,
                withoutByteOrderMark, () -> {
                    var submitted = memberFiles.submit(clusterId, withoutByteOrderMark);
                    return Created.of(URI.create("/api/v1/member-file-imports/" + submitted.id()),
                            ImportJobView.of(submitted), null);
                });
        // a replay answers with the job as it is now, not as it was submitted
        Object body = job.replayed() ? ImportJobView.of(memberFiles.get(UUID.fromString(
                job.location().getPath().substring(job.location().getPath().lastIndexOf('/') + 1)))) : job.body();
        return RestResponse.ResponseBuilder.accepted(body).location(job.location()).build();
    }
}
