package eu.viaduc.matchmaking.meeting.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.matchmaking.meeting.model.OrganiserKind;
import eu.viaduc.matchmaking.meeting.model.Participant;
import eu.viaduc.platform.problem.ProblemException;
import eu.viaduc.platform.security.Caller;

/** Reads events, their participants and requests, and says who may organise an event. */
@ApplicationScoped
public class MatchmakingEvents {

    private final EntityManager entityManager;
    private final Caller caller;

    @Inject
    public MatchmakingEvents(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    public MatchmakingEvent read(UUID id) {
        MatchmakingEvent event = entityManager.find(MatchmakingEvent.class, id);
        if (event == null) {
            throw ProblemException.notFound("matchmaking event", id);
        }
        return event;
    }

    /** The event, locked until the transaction ends, for its organiser: two scheduler runs never overlap. */
    public MatchmakingEvent forOrganiser(UUID id) {
        MatchmakingEvent event = read(id);
        requireOrganiser(event);
        entityManager.lock(event, LockModeType.PESSIMISTIC_WRITE);
        return event;
    }

    public void requireOrganiser(MatchmakingEvent event) {
        if (!mayOrganise(event.organiserKind(), event.organiserId())) {
            throw ProblemException.forbidden("only the managers of the event's " + event.organiserKind().name().toLowerCase()
                    + " organise it");
        }
    }

    public boolean mayOrganise(OrganiserKind kind, UUID organiser) {
        return kind == OrganiserKind.CLUSTER ? caller.mayManageCluster(organiser) : caller.mayManageAlliance(organiser);
    }

    public List<MatchmakingEvent> upcoming(int page, int size) {
        return entityManager.createQuery("select e from MatchmakingEvent e where e.date >= current_date order by e.date, e.id",
                MatchmakingEvent.class).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public Optional<Participant> participant(UUID eventId, UUID organisationId) {
        return Optional.ofNullable(entityManager.find(Participant.class, new Participant.Key(eventId, organisationId)));
    }

    public Participant requireParticipant(UUID eventId, UUID organisationId, String field) {
        return participant(eventId, organisationId).orElseThrow(
                () -> ProblemException.invalid(field, "is not a participant of this event"));
    }

    public List<Participant> participants(UUID eventId) {
        return entityManager.createQuery("select p from Participant p where p.eventId = :event order by p.organisationId",
                Participant.class).setParameter("event", eventId).getResultList();
    }

    public List<MeetingRequest> requests(UUID eventId) {
        return entityManager.createQuery("select r from MeetingRequest r where r.eventId = :event order by r.requestedAt, r.id",
                MeetingRequest.class).setParameter("event", eventId).getResultList();
    }

    public List<MeetingRequest> requestsOf(UUID eventId, UUID organisationId) {
        return entityManager.createQuery("""
                select r from MeetingRequest r where r.eventId = :event
                and (r.requesterId = :organisation or r.targetId = :organisation) order by r.requestedAt, r.id""",
                MeetingRequest.class).setParameter("event", eventId).setParameter("organisation", organisationId)
                .getResultList();
    }

    public MeetingRequest request(UUID id) {
        MeetingRequest request = entityManager.find(MeetingRequest.class, id);
        if (request == null) {
            throw ProblemException.notFound("meeting request", id);
        }
        return request;
    }

    /** How many scheduled meetings at earlier events the organisation did not come to, as marked at check-in. */
    public long noShows(UUID organisationId) {
        return entityManager.createQuery("""
                select count(a) from MeetingAttendance a where a.organisationId = :organisation and a.present = false""",
                Long.class).setParameter("organisation", organisationId).getSingleResult();
    }
}
