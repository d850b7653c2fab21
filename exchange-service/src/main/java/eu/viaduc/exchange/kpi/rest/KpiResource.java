package eu.viaduc.exchange.kpi.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.exchange.kpi.service.ProgrammeKpis;

@Path("/api/v1/programmes/{id}/kpis")
@Tag(name = "Programme KPIs", description = "Progress of a programme against its targets, for its managers")
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class KpiResource {

    static final String CSV = "text/csv";

    private final ProgrammeKpis kpis;

    @Inject
    public KpiResource(ProgrammeKpis kpis) {
        this.kpis = kpis;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, KpiResource.CSV})
    @Operation(operationId = "getProgrammeKpis", summary = "A programme's KPIs, as JSON or CSV",
            description = "For the alliance's managers and its clusters' managers. Per category: target, SUBMITTED, and "
                    + "the exchanges that reached VALIDATED, AGREED, COMPLETED and CLOSED (not counting those ended on the "
                    + "way); the visitor x host country matrix and value chains of validated exchanges; the budget "
                    + "committed (validated and after) and due (CLOSED); the average stay in working days; the average "
                    + "days spent in each state. Built from the service's own exchange events: it follows a move within "
                    + "moments. Ask with Accept: text/csv for a spreadsheet (one figure per row: section, key, key2, "
                    + "measure, value); JSON otherwise.")
    @APIResponse(responseCode = "200", description = "The KPIs", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeKpis.Kpis.class)),
            @Content(mediaType = KpiResource.CSV)})
    @APIResponse(responseCode = "403", description = "Not a manager of the alliance or of one of its clusters")
    @APIResponse(responseCode = "404", description = "No such programme")
    public Response get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        ProgrammeKpis.Kpis figures = kpis.of(id);
        // JSON unless the client asks for CSV before JSON (a bare */* gets JSON)
        boolean csv = headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType())
                .findFirst().map(type -> type.isCompatible(MediaType.valueOf(CSV))).orElse(false);
        return csv ? Response.ok(KpiCsv.of(figures), CSV).build()
                : Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
