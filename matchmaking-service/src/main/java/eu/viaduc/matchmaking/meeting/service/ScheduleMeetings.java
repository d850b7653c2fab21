package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.meeting.events.MeetingEvents;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.matchmaking.meeting.model.RequestStatus;
import eu.viaduc.matchmaking.meeting.scheduling.Schedule;
import eu.viaduc.matchmaking.meeting.scheduling.Scheduler;
import eu.viaduc.matchmaking.meeting.scheduling.SchedulingProblem;

/**
 * The organiser runs the scheduler: every accepted request, and every meeting already scheduled (kept
 * in place unless the organiser allows moves), is placed or reported with the reason it could not be.
 * Each meeting newly scheduled, moved or taken out gets its event, and the people of both sides an alert. The event stays locked while the
 * scheduler runs, so two runs never overlap.
 */
@ApplicationScoped
public class ScheduleMeetings {

    private final MatchmakingEvents events;
    private final MeetingEvents meetingEvents;
    private final EntityManager entityManager;
    private final AlertMeetingPeople alerts;
    private final Scheduler scheduler;

    @Inject
    public ScheduleMeetings(MatchmakingEvents events, MeetingEvents meetingEvents, EntityManager entityManager,
            AlertMeetingPeople alerts, MeetingSettings settings) {
        this.events = events;
        this.meetingEvents = meetingEvents;
        this.entityManager = entityManager;
        this.alerts = alerts;
        this.scheduler = new Scheduler(settings.unimprovedSteps().orElse(Scheduler.UNIMPROVED_STEPS),
                settings.movesPerRequest().orElse(Scheduler.MOVES_PER_REQUEST));
    }

    /** What a run did. {@code reason} says why nothing was planned, when nothing was. */
    public record Outcome(Schedule schedule, int newlyScheduled, int moved, int unscheduled, String reason) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Outcome schedule(UUID eventId, boolean allowMoves) {
        MatchmakingEvent event = events.forOrganiser(eventId);
        List<MeetingRequest> toPlace = events.requests(eventId).stream()
                .filter(r -> r.status() == RequestStatus.ACCEPTED || r.status() == RequestStatus.SCHEDULED).toList();
        if (toPlace.isEmpty()) {
            return new Outcome(new Schedule(List.of(), List.of(), 0, 0), 0, 0, 0,
                    "the event has no accepted meeting requests to schedule");
        }
        Schedule schedule = scheduler.schedule(problemOf(event, events.participants(eventId), toPlace, allowMoves));
        Map<UUID, Schedule.Placed> placeOf = new HashMap<>();
        schedule.placed().forEach(placed -> placeOf.put(placed.requestId(), placed));

        // free every place that changes first: no two meetings ever hold one table at once, even mid-way
        Map<UUID, Boolean> wasScheduled = new HashMap<>();
        java.util.Set<UUID> freed = new HashSet<>();
        for (MeetingRequest request : toPlace) {
            wasScheduled.put(request.id(), request.status() == RequestStatus.SCHEDULED);
            Schedule.Placed placed = placeOf.get(request.id());
            if (request.status() == RequestStatus.SCHEDULED && (placed == null
                    || placed.slot() != request.slot() || placed.table() != request.table())) {
                request.unschedule();
                freed.add(request.id());
            }
        }
        entityManager.flush();
        int newlyScheduled = 0;
        int moved = 0;
        int unscheduled = 0;
        for (MeetingRequest request : toPlace) {
            Schedule.Placed placed = placeOf.get(request.id());
            if (placed != null && request.status() == RequestStatus.ACCEPTED) {
                request.scheduleAt(placed.slot(), placed.table());
                boolean move = wasScheduled.get(request.id());
                meetingEvents.append(move ? MeetingEvents.MEETING_MOVED_V1 : MeetingEvents.MEETING_SCHEDULED_V1, request, event);
                alerts.alertBothSides(move ? Alert.Kind.MEETING_MOVED : Alert.Kind.MEETING_SCHEDULED, request);
                if (move) {
                    moved++;
                } else {
                    newlyScheduled++;
                }
            } else if (placed == null && freed.contains(request.id())) {
                meetingEvents.append(MeetingEvents.MEETING_UNSCHEDULED_V1, request, event);
                alerts.alertBothSides(Alert.Kind.MEETING_UNSCHEDULED, request);
                unscheduled++;
            }
        }
        event.scheduled(Instant.now());
        return new Outcome(schedule, newlyScheduled, moved, unscheduled, null);
    }

    private static SchedulingProblem problemOf(MatchmakingEvent event, List<Participant> participants,
            List<MeetingRequest> requests, boolean allowMoves) {
        List<SchedulingProblem.Table> tables = event.tables().stream()
                .map(table -> new SchedulingProblem.Table(table.name(), table.seats())).toList();
        List<SchedulingProblem.Party> parties = participants.stream().map(participant -> {
            BitSet available = new BitSet();
            participant.availableSlots().forEach(available::set);
            return new SchedulingProblem.Party(participant.organisationId(), new HashSet<>(participant.people()),
                    participant.maxMeetings(), available);
        }).toList();
        List<SchedulingProblem.Request> asked = requests.stream().map(request -> new SchedulingProblem.Request(
                request.id(), request.requesterId(), request.targetId(), request.priority(),
                request.status() == RequestStatus.SCHEDULED ? new SchedulingProblem.Place(request.slot(), request.table())
                        : null)).toList();
        return new SchedulingProblem(event.slots().size(), tables, parties, asked, allowMoves);
    }
}
