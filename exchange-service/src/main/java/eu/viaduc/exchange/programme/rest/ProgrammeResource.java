package eu.viaduc.exchange.programme.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import eu.viaduc.exchange.programme.model.ParticipantCategory;
import eu.viaduc.exchange.programme.service.ChangeProgramme;
import eu.viaduc.exchange.programme.service.CreateProgramme;
import eu.viaduc.exchange.programme.service.Programmes;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "An alliance's exchange programme: period, stay rules, targets per participant "
        + "category, lump sums per host country, budget. Participant categories come from members' organisation "
        + "types: " + ParticipantCategory.MAPPING + ".")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ProgrammeResource {

    private final CreateProgramme create;
    private final ChangeProgramme change;
    private final Programmes programmes;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public ProgrammeResource(CreateProgramme create, ChangeProgramme change, Programmes programmes,
            Idempotency idempotency, Caller caller) {
        this.create = create;
        this.change = change;
        this.programmes = programmes;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProgramme", summary = "Open an exchange programme for an alliance",
            description = "By the alliance's managers (or a platform admin). Every category needs a target; a capped "
                    + "target stops validations at that number. Publishes programme.changed.v1.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "403", description = "Not a manager of the alliance")
    public RestResponse<Object> create(@Valid @NotNull ProgrammeRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "createProgramme:" + caller.id(), request, () -> {
            ProgrammeView programme = ProgrammeView.of(create.create(request));
            return Created.of(URI.create("/api/v1/programmes/" + programme.id()), programme, null);
        }).toResponse();
    }

    @GET
    @Operation(operationId = "listProgrammes", summary = "List programmes, newest first",
            description = "Any signed-in caller: a programme's rules are its public call for exchanges.")
    @APIResponse(responseCode = "200", description = "The programmes")
    public List<ProgrammeView> list(@Parameter(description = "Only this alliance's") @QueryParam("allianceId") UUID allianceId) {
        return programmes.list(allianceId).stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgramme", summary = "Read a programme",
            description = "Any signed-in caller: a programme's rules are its public call for exchanges.")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "404", description = "No such programme")
    public ProgrammeView get(@PathParam("id") UUID id) {
        return ProgrammeView.of(programmes.read(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeProgramme", summary = "Change a programme's rules",
            description = "By the alliance's managers. Exchanges validated before keep their place and lump sum. "
                    + "Publishes programme.changed.v1.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "403", description = "Not a manager of the alliance")
    @APIResponse(responseCode = "404", description = "No such programme")
    public ProgrammeView change(@PathParam("id") UUID id, @Valid @NotNull ProgrammeRequest request) {
        return ProgrammeView.of(change.change(id, request));
    }
}
