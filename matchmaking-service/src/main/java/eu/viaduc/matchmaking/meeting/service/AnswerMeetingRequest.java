package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.meeting.events.MeetingEvents;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;
import eu.viaduc.platform.security.OrganisationRole;

/** The requested organisation's EDITOR or ADMIN accepts or declines a WAITING request before it expires. */
@ApplicationScoped
public class AnswerMeetingRequest {

    private final MatchmakingEvents events;
    private final MeetingEvents meetingEvents;
    private final Caller caller;

    @Inject
    public AnswerMeetingRequest(MatchmakingEvents events, MeetingEvents meetingEvents, Caller caller) {
        this.events = events;
        this.meetingEvents = meetingEvents;
        this.caller = caller;
    }

    @Transactional
    public MeetingRequest accept(UUID id) {
        MeetingRequest request = forAnswer(id);
        request.accept(caller.id(), Instant.now());
        meetingEvents.append(MeetingEvents.REQUEST_ACCEPTED_V1, request, events.read(request.eventId()));
        return request;
    }

    @Transactional
    public MeetingRequest decline(UUID id, String reason) {
        MeetingRequest request = forAnswer(id);
        request.decline(caller.id(), reason == null || reason.isBlank() ? null : reason.strip(), Instant.now());
        meetingEvents.append(MeetingEvents.REQUEST_DECLINED_V1, request, events.read(request.eventId()));
        return request;
    }

    private MeetingRequest forAnswer(UUID id) {
        MeetingRequest request = events.request(id);
        if (!caller.mayActFor(request.targetId(), OrganisationRole.EDITOR)) {
            if (caller.roleIn(request.requesterId()).isPresent()) {
                throw ProblemException.forbidden("the requested organisation answers, not the one that asked");
            }
            throw ProblemException.notFound("meeting request", id);
        }
        return request;
    }
}
