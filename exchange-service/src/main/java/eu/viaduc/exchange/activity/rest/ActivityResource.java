package eu.viaduc.exchange.activity.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import eu.viaduc.exchange.activity.service.ActivityViews;
import eu.viaduc.exchange.activity.service.Agenda;
import eu.viaduc.exchange.activity.service.CancelRegistration;
import eu.viaduc.exchange.activity.service.RecordAttendance;
import eu.viaduc.exchange.activity.service.RegisterForActivity;
import eu.viaduc.exchange.activity.service.ScheduleActivity;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.Patterns;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/activities")
@Tag(name = "Activities", description = "Trainings and thematic workshops of a programme: registration with a "
        + "capacity and a waiting list (the first waiting takes a freed place at once), attendance, and each "
        + "participant's agenda as iCalendar")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class ActivityResource {

    @Inject
    ScheduleActivity schedule;
    @Inject
    RegisterForActivity register;
    @Inject
    CancelRegistration cancel;
    @Inject
    RecordAttendance attendance;
    @Inject
    ActivityViews views;
    @Inject
    Agenda agenda;
    @Inject
    Idempotency idempotency;
    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleActivity", summary = "Schedule a training or thematic workshop",
            description = "By the programme's managers, inside the programme's period. Publishes activity.changed.v1.")
    @APIResponse(responseCode = "201", description = "Scheduled", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it")
    @APIResponse(responseCode = "403", description = "Not a manager of the programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    public RestResponse<Object> schedule(@Valid @NotNull ActivityRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "scheduleActivity:" + caller.id(), request, () -> {
            ActivityView activity = views.of(schedule.schedule(request));
            return Created.of(URI.create("/api/v1/activities/" + activity.id()), activity, null);
        }).toResponse();
    }

    @GET
    @Operation(operationId = "listActivities", summary = "A programme's activities, soonest first",
            description = "Any signed-in caller. The trainings and workshops of one programme, with places taken and waiting.")
    @APIResponse(responseCode = "200", description = "The activities")
    @APIResponse(responseCode = "400", description = "programmeId is missing or wrong")
    @APIResponse(responseCode = "404", description = "No such programme")
    public List<ActivityView> list(@QueryParam("programmeId") @NotNull
            @Pattern(regexp = Patterns.UUID, message = "must be a programme id") String programmeId) {
        return views.ofProgramme(UUID.fromString(programmeId));
    }

    @GET
    @Path("agenda.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getMyAgenda", summary = "The caller's agenda as iCalendar",
            description = "The activities the caller holds a place at, as an .ics file a calendar application opens "
                    + "or subscribes to.")
    @APIResponse(responseCode = "200", description = "iCalendar (RFC 5545)", content = @Content(mediaType = "text/calendar"))
    public Response agenda() {
        return Response.ok(agenda.ofCaller(), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"viaduc-agenda.ics\"").build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getActivity", summary = "Read an activity with its places taken and waiting list",
            description = "Any signed-in caller. The activity with its places taken and the length of its waiting list.")
    @APIResponse(responseCode = "200", description = "The activity", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such activity")
    public ActivityView get(@PathParam("id") UUID id) {
        return views.read(id);
    }

    @POST
    @Path("{id}/registrations")
    @Operation(operationId = "registerForActivity", summary = "Register the caller",
            description = "By people of the platform's organisations, clusters and alliances, before the activity "
                    + "starts: a place while there is one, else the end of the waiting list. Publishes activity.changed.v1.")
    @APIResponse(responseCode = "201", description = "REGISTERED or WAITING",
            content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "403", description = "Not a person of the platform")
    @APIResponse(responseCode = "404", description = "No such activity")
    @APIResponse(responseCode = "409", description = "Registered already, the activity started or was cancelled")
    public RestResponse<RegistrationView> register(@PathParam("id") UUID id) {
        RegistrationView registration = views.of(register.register(id));
        return RestResponse.ResponseBuilder.<RegistrationView>created(
                URI.create("/api/v1/activities/" + id + "/registrations/" + registration.id())).entity(registration).build();
    }

    @GET
    @Path("{id}/registrations")
    @Operation(operationId = "listActivityRegistrations", summary = "Who registered and who waits, in order",
            description = "For the programme's managers, with names and e-mail addresses.")
    @APIResponse(responseCode = "200", description = "The registrations")
    @APIResponse(responseCode = "403", description = "Not a manager of the programme")
    public List<RegistrationView> registrations(@PathParam("id") UUID id) {
        return views.registrations(id);
    }

    @GET
    @Path("{id}/registrations/mine")
    @Operation(operationId = "getMyActivityRegistration", summary = "The caller's registration, with their place in the waiting list",
            description = "The signed-in caller's own registration to the activity; 404 when they have none.")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "Not registered")
    public RegistrationView mine(@PathParam("id") UUID id) {
        return views.mine(id);
    }

    @DELETE
    @Path("{id}/registrations/{registrationId}")
    @Operation(operationId = "cancelActivityRegistration", summary = "Cancel a registration",
            description = "By its person or the programme's managers; the first of the waiting list takes the place.")
    @APIResponse(responseCode = "200", description = "CANCELLED", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "403", description = "Neither the person nor a manager")
    @APIResponse(responseCode = "404", description = "No such registration")
    @APIResponse(responseCode = "409", description = "Cancelled already")
    public RegistrationView cancel(@PathParam("id") UUID id, @PathParam("registrationId") UUID registrationId) {
        return views.of(cancel.cancel(id, registrationId));
    }

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordActivityAttendance", summary = "Record who came",
            description = "By the programme's managers once the activity has started: the registrations listed came, "
                    + "the other places were absent. May be recorded again to correct it.")
    @APIResponse(responseCode = "200", description = "The places with their attendance")
    @APIResponse(responseCode = "400", description = "present names a registration that holds no place")
    @APIResponse(responseCode = "403", description = "Not a manager of the programme")
    @APIResponse(responseCode = "409", description = "The activity has not started")
    public List<RegistrationView> attendance(@PathParam("id") UUID id, @Valid @NotNull AttendanceRequest request) {
        return attendance.record(id, request.present()).stream().map(views::of).toList();
    }
}
