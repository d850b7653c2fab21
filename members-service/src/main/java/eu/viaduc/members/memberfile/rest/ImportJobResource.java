package eu.viaduc.members.memberfile.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import eu.viaduc.members.memberfile.service.SubmitMemberFile;

@Path("/api/v1/member-file-imports/{id}")
@Tag(name = "Member files")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ImportJobResource {

    private final SubmitMemberFile memberFiles;

    @Inject
    public ImportJobResource(SubmitMemberFile memberFiles) {
        this.memberFiles = memberFiles;
    }

    @GET
    @Operation(operationId = "getMemberFileImport", summary = "Follow a member-file import",
            description = "Platform admins and the cluster's managers. Poll until status is COMPLETED (the report) "
                    + "or FAILED (why; nothing was imported).")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportJobView get(@PathParam("id") UUID id) {
        return ImportJobView.of(memberFiles.get(id));
    }
}
