package eu.viaduc.matchmaking.meeting.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import eu.viaduc.matchmaking.meeting.model.EventTable;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.matchmaking.meeting.model.Session;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.EventView;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.MeetingView;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.ParticipantView;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.RequestView;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.ScheduleView;
import eu.viaduc.matchmaking.meeting.service.Agendas;
import eu.viaduc.matchmaking.meeting.service.CreateMatchmakingEvent;
import eu.viaduc.matchmaking.meeting.service.MatchmakingEvents;
import eu.viaduc.matchmaking.meeting.service.RegisterParticipant;
import eu.viaduc.matchmaking.meeting.service.RequestMeeting;
import eu.viaduc.matchmaking.meeting.service.ScheduleMeetings;
import eu.viaduc.matchmaking.meeting.service.SuggestMeetings;
import eu.viaduc.matchmaking.meeting.rest.MeetingViews.SuggestionView;
import eu.viaduc.matchmaking.ranking.model.Sentences;
import eu.viaduc.platform.idempotency.Created;
import eu.viaduc.platform.idempotency.Idempotency;
import eu.viaduc.platform.rest.ETags;
import eu.viaduc.platform.rest.Page;
import eu.viaduc.platform.security.Caller;

@Path("/api/v1/matchmaking-events")
@Tag(name = "Matchmaking events", description = "B2B speed dating: participants, meeting requests, a scheduler that fills the agenda, agendas and table plans")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
@Authenticated
public class MatchmakingEventResource {

    static final String CALENDAR = "text/calendar";

    private final MatchmakingEvents events;
    private final CreateMatchmakingEvent create;
    private final RegisterParticipant register;
    private final RequestMeeting requestMeeting;
    private final ScheduleMeetings scheduleMeetings;
    private final Agendas agendas;
    private final SuggestMeetings suggestMeetings;
    private final Idempotency idempotency;
    private final Caller caller;

    @Inject
    public MatchmakingEventResource(MatchmakingEvents events, CreateMatchmakingEvent create, RegisterParticipant register,
            RequestMeeting requestMeeting, ScheduleMeetings scheduleMeetings, Agendas agendas, SuggestMeetings suggestMeetings,
            Idempotency idempotency, Caller caller) {
        this.events = events;
        this.create = create;
        this.register = register;
        this.requestMeeting = requestMeeting;
        this.scheduleMeetings = scheduleMeetings;
        this.agendas = agendas;
        this.suggestMeetings = suggestMeetings;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMatchmakingEvent", summary = "Set up a matchmaking event",
            description = "By a manager of the organising cluster or alliance. Sessions are given in the event's local time and "
                    + "cut into slots with a break after each; they may not overlap. Slots and tables do not change afterwards.")
    @APIResponse(responseCode = "201", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (overlapping sessions, an unknown time zone, a deadline after the event); the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a manager of the organiser")
    public RestResponse<Object> create(@Valid @NotNull EventRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "createMatchmakingEvent:" + caller.id(), request, () -> {
            MatchmakingEvent event = create.create(new CreateMatchmakingEvent.Plan(request.title(), request.description(),
                    request.organiserKind(), request.organiserId(), request.date(), request.timeZone(),
                    request.registrationDeadline(), request.requestPendingFor(),
                    request.sessions().stream().map(s -> new Session(s.name(), s.start(), s.end(), s.slotMinutes(),
                            s.breakMinutes())).toList(),
                    request.tables().stream().map(t -> new EventTable(t.name().strip(), t.seats())).toList()));
            return Created.of(URI.create("/api/v1/matchmaking-events/" + event.id()), EventView.of(event), ETags.of(event.version()));
        }).toResponse();
    }

    @GET
    @Operation(operationId = "listMatchmakingEvents", summary = "Upcoming matchmaking events, soonest first",
            description = "Any signed-in person.")
    @APIResponse(responseCode = "200", description = "One page of events")
    @APIResponse(responseCode = "400", description = "A parameter is wrong; the problem names it")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<EventView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return events.upcoming(page, size).stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMatchmakingEvent", summary = "One matchmaking event, with its slots and tables",
            description = "Any signed-in person.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response get(@PathParam("id") UUID id) {
        MatchmakingEvent event = events.read(id);
        return Response.ok(EventView.of(event)).header("ETag", ETags.of(event.version())).build();
    }

    @PUT
    @Path("{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerMatchmakingParticipant", summary = "Register an organisation, or change its registration",
            description = "By an EDITOR or ADMIN of the organisation, who attends, until the registration deadline. Its "
                    + "availability (slot indexes), the most meetings it wants, and its own opportunities for the marketplace. "
                    + "Whoever registers is alerted by e-mail (their token's address, in the Accept-Language) of meeting "
                    + "requests received and of meetings scheduled, moved or taken out.")
    @APIResponse(responseCode = "200", description = "The registration", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "400", description = "A slot the event does not have, too many meetings, another organisation's opportunity; the problem names the field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the organisation")
    @APIResponse(responseCode = "404", description = "No such event, or no such opportunity")
    @APIResponse(responseCode = "409", description = "Past the registration deadline")
    public ParticipantView register(@PathParam("id") UUID id, @Valid @NotNull ParticipantRequest request,
            @Context HttpHeaders headers) {
        Participant participant = register.register(id, new RegisterParticipant.Registration(request.organisationId(),
                request.availableSlots(), request.maxMeetings(), request.marketplace()),
                Sentences.language(headers.getAcceptableLanguages()));
        return ParticipantView.of(participant, null);
    }

    @GET
    @Path("{id}/participants")
    @Operation(operationId = "listMatchmakingParticipants", summary = "The organisations taking part",
            description = "Any signed-in person; organisers also see each one's no-shows at earlier events.")
    @APIResponse(responseCode = "200", description = "The participants")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<ParticipantView> participants(@PathParam("id") UUID id) {
        MatchmakingEvent event = events.read(id);
        boolean organiser = events.mayOrganise(event.organiserKind(), event.organiserId());
        return events.participants(id).stream()
                .map(p -> ParticipantView.of(p, organiser ? events.noShows(p.organisationId()) : null)).toList();
    }

    @POST
    @Path("{id}/meeting-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestMeeting", summary = "Ask another participant for a meeting",
            description = "By an EDITOR or ADMIN of the requesting participant, until the registration deadline. One open "
                    + "request per pair of organisations. It waits for the answer for the event's requestPendingFor, then "
                    + "expires. Publishes meeting-request.sent.v1 (without the message).")
    @APIResponse(responseCode = "201", description = "WAITING", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "A request to oneself, a priority out of range, an organisation not taking part; the problem names the field")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an EDITOR or ADMIN of the requester")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Past the deadline, or an open request between the two already")
    public RestResponse<Object> requestMeeting(@PathParam("id") UUID id, @Valid @NotNull MeetingRequestRequest request,
            @Parameter(description = "Makes a retried request safe") @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return idempotency.create(idempotencyKey, "requestMeeting:" + caller.id() + ":" + id, request, () -> {
            MeetingRequest sent = requestMeeting.request(id, request.requesterId(), request.targetId(), request.priority(),
                    request.message());
            return Created.of(URI.create("/api/v1/meeting-requests/" + sent.id()), RequestView.of(sent, true), ETags.of(sent.version()));
        }).toResponse();
    }

    @GET
    @Path("{id}/meeting-requests")
    @Operation(operationId = "listMeetingRequests", summary = "A participant's meeting requests, sent and received",
            description = "Its own people, and the organisers.")
    @APIResponse(responseCode = "200", description = "The requests")
    @APIResponse(responseCode = "400", description = "organisationId is missing")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a person of the organisation nor an organiser")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<RequestView> requests(@PathParam("id") UUID id, @QueryParam("organisationId") @NotNull UUID organisationId) {
        MatchmakingEvent event = events.read(id);
        if (caller.roleIn(organisationId).isEmpty() && !events.mayOrganise(event.organiserKind(), event.organiserId())) {
            throw eu.viaduc.platform.problem.ProblemException.forbidden("an organisation's requests are for its people and the organisers");
        }
        return events.requestsOf(id, organisationId).stream()
                .map(r -> RequestView.of(r, caller.roleIn(r.requesterId()).isPresent() || caller.roleIn(r.targetId()).isPresent()))
                .toList();
    }

    @GET
    @Path("{id}/suggestions")
    @Operation(operationId = "suggestMeetings", summary = "Whom a participant should ask for a meeting, best first",
            description = "The matchmaking ranking applied to the event's participants, both ways: others whose offer fits "
                    + "one of the participant's marketplace opportunities, and others whose marketplace opportunity its own "
                    + "offer fits; each other participant once, by its best match, with the factors explained in the "
                    + "Accept-Language (English, French or Dutch) and whether a request between the two is already open. "
                    + "Empty when neither side brought an opportunity. For the organisation's people and the organisers.")
    @APIResponse(responseCode = "200", description = "The suggestions")
    @APIResponse(responseCode = "400", description = "organisationId is missing, or not a participant")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a person of the organisation nor an organiser")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<SuggestionView> suggestions(@PathParam("id") UUID id, @QueryParam("organisationId") @NotNull UUID organisationId,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size, @Context HttpHeaders headers) {
        String language = Sentences.language(headers.getAcceptableLanguages());
        return suggestMeetings.suggest(id, organisationId, size).stream()
                .map(s -> SuggestionView.of(s, language)).toList();
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleMeetings", summary = "Run the scheduler",
            description = "By an organiser. Places every accepted request into a slot and a table: nobody twice in one slot, "
                    + "only slots both sides are available for, a table that seats both sides, nobody over their maximum; as "
                    + "many meetings as it can, then the higher priorities. Meetings already scheduled stay where they are "
                    + "unless allowMoves. The same requests always give the same plan. Reports each request it could not "
                    + "place and why, and an upper bound on what any plan could hold. With no accepted requests the plan "
                    + "is empty and says so. Publishes meeting.scheduled.v1, meeting.moved.v1, meeting.unscheduled.v1.")
    @APIResponse(responseCode = "200", description = "What the run did", content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an organiser")
    @APIResponse(responseCode = "404", description = "No such event")
    public ScheduleView schedule(@PathParam("id") UUID id, @Valid ScheduleRequest request) {
        boolean allowMoves = request != null && Boolean.TRUE.equals(request.allowMoves());
        return ScheduleView.of(scheduleMeetings.schedule(id, allowMoves));
    }

    @GET
    @Path("{id}/agenda")
    @Produces({ MediaType.APPLICATION_JSON, CALENDAR })
    @Operation(operationId = "getMeetingAgenda", summary = "A participant's agenda, as JSON or as an iCalendar file",
            description = "Its scheduled meetings in time order, for its own people and the organisers. Ask for text/calendar "
                    + "(Accept header) to get an .ics file a calendar application opens.")
    @APIResponse(responseCode = "200", description = "The agenda", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeetingView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)),
            @Content(mediaType = CALENDAR, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "organisationId is missing, or not a participant")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Neither a person of the organisation nor an organiser")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response agenda(@PathParam("id") UUID id, @QueryParam("organisationId") @NotNull UUID organisationId,
            @HeaderParam("Accept") String accept) {
        if (accept != null && accept.contains(CALENDAR)) {
            return Response.ok(agendas.calendarOf(id, organisationId), CALENDAR + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"agenda-" + id + ".ics\"").build();
        }
        return Response.ok(agendas.agendaOf(id, organisationId).stream().map(MeetingView::of).toList(),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/table-plan")
    @Operation(operationId = "getTablePlan", summary = "Every scheduled meeting by slot and table",
            description = "For the organisers.")
    @APIResponse(responseCode = "200", description = "The table plan")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an organiser")
    @APIResponse(responseCode = "404", description = "No such event")
    public List<MeetingView> tablePlan(@PathParam("id") UUID id) {
        return agendas.tablePlan(id).stream().map(MeetingView::of).toList();
    }
}
