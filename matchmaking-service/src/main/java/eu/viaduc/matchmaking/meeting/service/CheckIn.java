package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingAttendance;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.RequestStatus;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/**
 * At the event, the organiser marks whether each side of a scheduled meeting came. A side that did not
 * is a no-show, which organisers of later events see on its registration.
 */
@ApplicationScoped
public class CheckIn {

    private final MatchmakingEvents events;
    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public CheckIn(MatchmakingEvents events, EntityManager entityManager, Caller caller) {
        this.events = events;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @Transactional
    public MeetingAttendance mark(UUID requestId, UUID organisationId, boolean present) {
        MeetingRequest request = events.request(requestId);
        MatchmakingEvent event = events.read(request.eventId());
        events.requireOrganiser(event);
        if (request.status() != RequestStatus.SCHEDULED) {
            throw ProblemException.conflict("only a scheduled meeting has a check-in; this request is " + request.status());
        }
        if (!request.involves(organisationId)) {
            throw ProblemException.invalid("organisationId", "is not a side of this meeting");
        }
        MeetingAttendance attendance = entityManager.find(MeetingAttendance.class,
                new MeetingAttendance.Key(requestId, organisationId));
        if (attendance == null) {
            attendance = MeetingAttendance.mark(requestId, organisationId);
            attendance.record(present, caller.id(), Instant.now());
            entityManager.persist(attendance);
        } else {
            attendance.record(present, caller.id(), Instant.now());
        }
        // a check-in sent twice at once collides here, as a conflict, not at commit
        entityManager.flush();
        return attendance;
    }
}
