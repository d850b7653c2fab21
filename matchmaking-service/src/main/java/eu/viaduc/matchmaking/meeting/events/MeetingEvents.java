package eu.viaduc.matchmaking.meeting.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.viaduc.matchmaking.meeting.model.EventSlot;
import eu.viaduc.matchmaking.meeting.model.MatchmakingEvent;
import eu.viaduc.matchmaking.meeting.model.MeetingRequest;
import eu.viaduc.platform.outbox.Outbox;

/**
 * Meeting request and schedule events on {@value #TOPIC}, keyed by request id, each carrying the
 * request's state and, once scheduled, its place and time (never its message, which is for the two
 * organisations). The topic is compacted: the last record per request is the request.
 */
@ApplicationScoped
public class MeetingEvents {

    public static final String TOPIC = "viaduc.matchmaking.meetings";
    public static final String REQUEST_SENT_V1 = "eu.viaduc.matchmaking.meeting-request.sent.v1";
    public static final String REQUEST_ACCEPTED_V1 = "eu.viaduc.matchmaking.meeting-request.accepted.v1";
    public static final String REQUEST_DECLINED_V1 = "eu.viaduc.matchmaking.meeting-request.declined.v1";
    public static final String REQUEST_EXPIRED_V1 = "eu.viaduc.matchmaking.meeting-request.expired.v1";
    public static final String REQUEST_CANCELLED_V1 = "eu.viaduc.matchmaking.meeting-request.cancelled.v1";
    public static final String MEETING_SCHEDULED_V1 = "eu.viaduc.matchmaking.meeting.scheduled.v1";
    public static final String MEETING_MOVED_V1 = "eu.viaduc.matchmaking.meeting.moved.v1";
    public static final String MEETING_UNSCHEDULED_V1 = "eu.viaduc.matchmaking.meeting.unscheduled.v1";

    private final Outbox outbox;
    private final EntityManager entityManager;

    @Inject
    public MeetingEvents(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** Appends the event of this change; flushes first, so that the event carries the new version. */
    public void append(String type, MeetingRequest request, MatchmakingEvent event) {
        entityManager.flush();
        outbox.append(TOPIC, type, request.id().toString(), Snapshot.of(request, event));
    }

    /** Data of every meeting event; see the JSON Schemas in event-contracts. */
    public record Snapshot(UUID requestId, long version, UUID eventId, UUID requesterId, UUID targetId, int priority,
            String status, OffsetDateTime requestedAt, OffsetDateTime expiresAt, OffsetDateTime answeredAt,
            Integer slot, String table, OffsetDateTime startsAt, OffsetDateTime endsAt) {

        static Snapshot of(MeetingRequest r, MatchmakingEvent event) {
            EventSlot slot = r.slot() == null ? null : event.slots().get(r.slot());
            return new Snapshot(r.id(), r.version(), r.eventId(), r.requesterId(), r.targetId(), r.priority(),
                    r.status().name(), r.requestedAt(), r.expiresAt(), r.answeredAt(), r.slot(),
                    r.table() == null ? null : event.tables().get(r.table()).name(),
                    slot == null ? null : slot.startsAt(), slot == null ? null : slot.endsAt());
        }
    }
}
