package eu.viaduc.matchmaking.meeting.rest;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.RequestView;
import eu.viaduc.matchmaking.meeting.service.AnswerMeetingRequest;
import eu.viaduc.matchmaking.meeting.service.CancelMeetingRequest;
import eu.viaduc.matchmaking.meeting.service.CheckIn;
import eu.viaduc.platform.rest.ETags;

@Path("/api/v1/meeting-requests")
@Tag(name = "Matchmaking events")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class MeetingRequestResource {

    private final AnswerMeetingRequest answer;
    private final CancelMeetingRequest cancel;
    private final CheckIn checkIn;

    @Inject
    public MeetingRequestResource(AnswerMeetingRequest answer, CancelMeetingRequest cancel, CheckIn checkIn) {
        this.answer = answer;
        this.cancel = cancel;
        this.checkIn = checkIn;
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptMeetingRequest", summary = "Accept a meeting request",
            description = "By an EDITOR or ADMIN of the organisation asked, before the request expires. The organiser's next "
                    + "scheduler run places it. Publishes meeting-request.accepted.v1.")
    @APIResponse(responseCode = "200", description = "ACCEPTED", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "The requester's side")
    @APIResponse(responseCode = "404", description = "No such request, or not one of its organisations")
    @APIResponse(responseCode = "409", description = "Not WAITING any more, or expired")
    public Response accept(@PathParam("id") UUID id) {
        return withETag(answer.accept(id));
    }

    @POST
    @Path("{id}/declination")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineMeetingRequest", summary = "Decline a meeting request, with a reason if you like",
            description = "By an EDITOR or ADMIN of the organisation asked. Publishes meeting-request.declined.v1.")
    @APIResponse(responseCode = "200", description = "DECLINED", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "The reason is too long")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "The requester's side")
    @APIResponse(responseCode = "404", description = "No such request, or not one of its organisations")
    @APIResponse(responseCode = "409", description = "Not WAITING any more, or expired")
    public Response decline(@PathParam("id") UUID id, @Valid DeclineMeetingRequest request) {
        return withETag(answer.decline(id, request == null ? null : request.reason()));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(operationId = "cancelMeetingRequest", summary = "Cancel a request or a scheduled meeting",
            description = "By an EDITOR or ADMIN of either side. A scheduled meeting's place is free for the next scheduler "
                    + "run. Publishes meeting-request.cancelled.v1.")
    @APIResponse(responseCode = "200", description = "CANCELLED", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such request, or not one of its organisations")
    @APIResponse(responseCode = "409", description = "Already declined, expired or cancelled")
    public Response cancel(@PathParam("id") UUID id) {
        return withETag(cancel.cancel(id));
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkInMeeting", summary = "Check in one side of a scheduled meeting",
            description = "By an organiser, at the event: present, or a no-show, which organisers of later events see.")
    @APIResponse(responseCode = "204", description = "Marked")
    @APIResponse(responseCode = "400", description = "The organisation is not a side of the meeting")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an organiser")
    @APIResponse(responseCode = "404", description = "No such request")
    @APIResponse(responseCode = "409", description = "Not a scheduled meeting")
    public Response attendance(@PathParam("id") UUID id, @Valid @NotNull AttendanceRequest request) {
        checkIn.mark(id, request.organisationId(), request.present());
        return Response.noContent().build();
    }

    private static Response withETag(MeetingRequest request) {
        // whoever answered or cancelled acts for one of the two organisations
        return Response.ok(RequestView.of(request, true)).header("ETag", ETags.of(request.version())).build();
    }

    @Schema(name = "DeclineMeetingRequest", examples = """
            {"reason": "We already work with a supplier in that region."}""")
    public record DeclineMeetingRequest(@Schema(description = "Why, for the requester") @Size(max = 1000) String reason) {
    }
}
