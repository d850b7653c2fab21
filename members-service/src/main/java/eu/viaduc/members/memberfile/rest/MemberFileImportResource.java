package eu.viaduc.members.memberfile.rest;

import static eu.viaduc.members.memberfile.service.MemberFileFormat.MEDIA_TYPE;

import java.io.StringReader;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.members.memberfile.service.ImportReport;

import eu.viaduc.members.memberfile.service.MemberFileImport;

@Path("/api/v1/clusters/{id}/member-file")
@Tag(name = "Member files", description = "CSV import of a cluster's member file and CSV export of a search")
public class MemberFileImportResource {

    private final MemberFileImport memberFileImport;

    @Inject
    public MemberFileImportResource(MemberFileImport memberFileImport) {
        this.memberFileImport = memberFileImport;
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
                    + "Content-Type names another charset.")
    @RequestBody(content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
            examples = "name,type,country,competences\nTexfor Tècnica SL,SME,ES,technical-textiles;digital-printing\n")))
    @APIResponse(responseCode = "200", description = "The import report",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "404", description = "No such cluster")
    public ImportReport importFile(@PathParam("id") UUID clusterId, @NotNull String file) {
        // spreadsheets save "CSV UTF-8" with a byte-order mark, which would otherwise stick to the first column's name
        String withoutByteOrderMark = file.startsWith("\uFEFF") ? file.substring(1) : file;
        return memberFileImport.importFile(clusterId, new StringReader(withoutByteOrderMark));
    }
}
