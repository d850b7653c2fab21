package eu.viaduc.matchmaking.meeting.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import eu.viaduc.matchmaking.meeting.events.MeetingEvents;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;

/**
 * The scheduled job that expires meeting requests left unanswered past their time, each with its event,
 * so that no pending request blocks an agenda; batches of one transaction each, rows another instance
 * is expiring skipped.
 */
@ApplicationScoped
public class ExpireWaitingMeetingRequests {

    private static final int BATCH = 200;

    private final EntityManager entityManager;
    private final MatchmakingEvents events;
    private final MeetingEvents meetingEvents;

    @Inject
    public ExpireWaitingMeetingRequests(EntityManager entityManager, MatchmakingEvents events, MeetingEvents meetingEvents) {
        this.entityManager = entityManager;
        this.events = events;
        this.meetingEvents = meetingEvents;
    }

    @Scheduled(every = "${viaduc.matchmaking.meetings.expiry-every:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDue() {
        while (QuarkusTransaction.requiringNew().call(this::expireBatch) == BATCH) {
            // a full batch: there may be more
        }
    }

    /** Expires one batch of due requests; returns how many. */
    public int expireBatch() {
        @SuppressWarnings("unchecked")
        List<UUID> due = entityManager.createNativeQuery("""
                select id from meeting_request where status = 'WAITING' and expires_at <= now()
                order by expires_at limit :batch for update skip locked""", UUID.class)
                .setParameter("batch", BATCH).getResultList();
        Instant now = Instant.now();
        for (UUID id : due) {
            MeetingRequest request = entityManager.find(MeetingRequest.class, id);
            request.expire(now);
            meetingEvents.append(MeetingEvents.REQUEST_EXPIRED_V1, request, events.read(request.eventId()));
        }
        return due.size();
    }
}
