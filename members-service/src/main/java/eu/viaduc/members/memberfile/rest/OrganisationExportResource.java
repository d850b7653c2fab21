package eu.viaduc.members.memberfile.rest;

import static eu.viaduc.members.memberfile.service.MemberFileFormat.MEDIA_TYPE;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import eu.viaduc.members.memberfile.service.MemberFileFormat;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.search.rest.SearchParameters;
import eu.viaduc.members.search.service.OrganisationFilter;
import eu.viaduc.members.search.service.OrganisationSearch;

@Path("/api/v1/organisations/export")
@Tag(name = "Member files", description = "CSV import of a cluster's member file and CSV export of a search")
public class OrganisationExportResource {

    private static final int EXPORT_BATCH = 1_000;

    private final OrganisationSearch search;

    @Inject
    public OrganisationExportResource(OrganisationSearch search) {
        this.search = search;
    }

    @GET
    @PermitAll
    @Produces(MEDIA_TYPE)
    @Operation(operationId = "exportOrganisations", summary = "Export a search as CSV",
            description = "Public. The organisations the filters find, by name, in the member-file columns with the "
                    + "id first; texts in the languages asked for. No personal data.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<StreamingOutput> export(@BeanParam @Valid SearchParameters parameters,
            @QueryParam("languages") @DefaultValue("en,fr,nl,es,bg,ro,da") @Pattern(regexp = "[a-z]{2}(,[a-z]{2}){0,23}",
                    message = "must be ISO 639-1 codes separated by commas") String languages) {
        OrganisationFilter filter = parameters.filter();
        List<String> columnsLanguages = Arrays.asList(languages.split(","));
        StreamingOutput body = output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                csv.printRecord(MemberFileFormat.header(columnsLanguages));
                List<Organisation> batch = search.exportBatch(filter, null, null, EXPORT_BATCH);
                while (!batch.isEmpty()) {
                    for (Organisation organisation : batch) {
                        csv.printRecord(MemberFileFormat.write(organisation, columnsLanguages));
                    }
                    Organisation last = batch.get(batch.size() - 1);
                    batch = batch.size() < EXPORT_BATCH ? List.of()
                            : search.exportBatch(filter, last.name(), last.id(), EXPORT_BATCH);
                }
            }
        };
        return RestResponse.ResponseBuilder.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"organisations.csv\"")
                .build();
    }
}
