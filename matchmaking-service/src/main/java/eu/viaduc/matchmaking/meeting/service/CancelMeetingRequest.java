package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.alert.model.Alert;
import eu.viaduc.matchmaking.meeting.events.MeetingEvents;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.RequestStatus;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/**
 * Either side's EDITOR or ADMIN cancels an open request or a scheduled meeting; a scheduled meeting's
 * slot and table are free again for the organiser's next scheduler run.
 */
@ApplicationScoped
public class CancelMeetingRequest {

    private final MatchmakingEvents events;
    private final MeetingEvents meetingEvents;
    private final AlertMeetingPeople alerts;
    private final Caller caller;

    @Inject
    public CancelMeetingRequest(MatchmakingEvents events, MeetingEvents meetingEvents, AlertMeetingPeople alerts,
            Caller caller) {
        this.events = events;
        this.meetingEvents = meetingEvents;
        this.alerts = alerts;
        this.caller = caller;
    }

    @Transactional
    public MeetingRequest cancel(UUID id) {
        MeetingRequest request = events.request(id);
        if (!caller.mayActFor(request.requesterId(), OrganisationRole.EDITOR)
                && !caller.mayActFor(request.targetId(), OrganisationRole.EDITOR)) {
            throw ProblemException.notFound("meeting request", id);
        }
        boolean wasScheduled = request.status() == RequestStatus.SCHEDULED;
        request.cancel(caller.id(), Instant.now());
        meetingEvents.append(MeetingEvents.REQUEST_CANCELLED_V1, request, events.read(request.eventId()));
        if (wasScheduled) {
            // the side that did not cancel loses a meeting from its agenda
            UUID otherSide = caller.mayActFor(request.requesterId(), OrganisationRole.EDITOR)
                    ? request.targetId() : request.requesterId();
            alerts.alert(Alert.Kind.MEETING_UNSCHEDULED, request, otherSide);
        }
        return request;
    }
}
