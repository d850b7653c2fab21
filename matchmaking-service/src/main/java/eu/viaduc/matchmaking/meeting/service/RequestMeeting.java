package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.meeting.events.MeetingEvents;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * An EDITOR or ADMIN of a participant asks another participant for a meeting, until the registration
 * deadline. One open request per pair of organisations, whichever side asked.
 */
@ApplicationScoped
public class RequestMeeting {

    private final MatchmakingEvents events;
    private final EntityManager entityManager;
    private final MeetingEvents meetingEvents;
    private final AlertMeetingPeople alerts;
    private final Caller caller;

    @Inject
    public RequestMeeting(MatchmakingEvents events, EntityManager entityManager, MeetingEvents meetingEvents,
            AlertMeetingPeople alerts, Caller caller) {
        this.events = events;
        this.entityManager = entityManager;
        this.meetingEvents = meetingEvents;
        this.alerts = alerts;
        this.caller = caller;
    }

    /** The event's time to answer, but never past its registration deadline: the agenda is settled after it. */
    private static java.time.Duration pendingFor(MatchmakingEvent event, Instant now) {
        java.time.Duration untilDeadline = java.time.Duration.between(now, event.registrationDeadline().toInstant());
        return event.requestPendingFor().compareTo(untilDeadline) < 0 ? event.requestPendingFor() : untilDeadline;
    }

    @Transactional
    public MeetingRequest request(UUID eventId, UUID requesterId, UUID targetId, Integer priority, String message) {
        MatchmakingEvent event = events.read(eventId);
        if (!caller.mayActFor(requesterId, OrganisationRole.EDITOR)) {
            throw ProblemException.forbidden("only the requesting organisation's EDITORs and ADMINs ask for its meetings");
        }
        if (requesterId.equals(targetId)) {
            throw ProblemException.invalid("targetId", "is the requesting organisation itself");
        }
        int chosen = priority == null ? 3 : priority;
        if (chosen < 1 || chosen > 5) {
            throw ProblemException.invalid("priority", "must be between 1 and 5");
        }
        Instant now = Instant.now();
        event.requireOpen(now, "meeting requests");
        events.requireParticipant(eventId, requesterId, "requesterId");
        events.requireParticipant(eventId, targetId, "targetId");
        boolean open = events.requestsOf(eventId, requesterId).stream()
                .anyMatch(other -> other.involves(targetId) && other.status().open());
        if (open) {
            throw ProblemException.conflict("the two organisations already have an open meeting request at this event");
        }
        MeetingRequest request = MeetingRequest.send(eventId, requesterId, targetId, chosen,
                message == null || message.isBlank() ? null : message.strip(), caller.id(), now, pendingFor(event, now));
        entityManager.persist(request);
        meetingEvents.append(MeetingEvents.REQUEST_SENT_V1, request, event);
        alerts.alert(Alert.Kind.MEETING_REQUESTED, request, request.targetId());
        return request;
    }
}
