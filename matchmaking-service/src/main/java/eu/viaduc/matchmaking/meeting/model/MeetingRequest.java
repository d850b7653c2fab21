package eu.viaduc.matchmaking.meeting.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import eu.viaduc.platform.problem.ProblemException;

/**
 * One organisation asks another for a meeting at an event. A WAITING request expires after the event's
 * time, so an unanswered one never blocks an agenda; an ACCEPTED one is placed by the scheduler
 * (SCHEDULED, with its slot and table), and may be moved or taken out again by a later run.
 */
@Entity
@Table(name = "meeting_request")
public class MeetingRequest {

    @Id
    private UUID id;
    @Column(name = "event_id")
    private UUID eventId;
    @Column(name = "requester_id")
    private UUID requesterId;
    @Column(name = "target_id")
    private UUID targetId;
    private int priority;
    private String message;
    @Enumerated(EnumType.STRING)
    private RequestStatus status;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "slot_index")
    private Integer slot;
    @Column(name = "table_index")
    private Integer table;
    @Version
    private long version;

    protected MeetingRequest() {
    }

    public static MeetingRequest send(UUID eventId, UUID requesterId, UUID targetId, int priority, String message,
            String sender, Instant now, Duration pendingFor) {
        if (requesterId.equals(targetId)) {
            throw ProblemException.invalid("targetId", "is the requesting organisation itself");
        }
        MeetingRequest request = new MeetingRequest();
        request.id = UUID.randomUUID();
        request.eventId = eventId;
        request.requesterId = requesterId;
        request.targetId = targetId;
        request.priority = priority;
        request.message = message;
        request.status = RequestStatus.WAITING;
        request.requestedBy = sender;
        request.requestedAt = at(now);
        request.expiresAt = at(now.plus(pendingFor));
        return request;
    }

    public void accept(String person, Instant now) {
        requireWaiting("accepted", now);
        status = RequestStatus.ACCEPTED;
        answeredBy = person;
        answeredAt = at(now);
    }

    public void decline(String person, String reason, Instant now) {
        requireWaiting("declined", now);
        status = RequestStatus.DECLINED;
        answeredBy = person;
        answeredAt = at(now);
        declineReason = reason;
    }

    public void expire(Instant now) {
        if (status != RequestStatus.WAITING) {
            throw ProblemException.conflict("only a WAITING request expires; this one is " + status);
        }
        status = RequestStatus.EXPIRED;
        answeredAt = at(now);
    }

    public void cancel(String person, Instant now) {
        if (!status.open()) {
            throw ProblemException.conflict("only an open request can be cancelled; this one is " + status);
        }
        status = RequestStatus.CANCELLED;
        answeredBy = person;
        answeredAt = at(now);
        slot = null;
        table = null;
    }

    /** The scheduler placed it here (again, or elsewhere than before). */
    public void scheduleAt(int slot, int table) {
        if (status != RequestStatus.ACCEPTED && status != RequestStatus.SCHEDULED) {
            throw ProblemException.conflict("only an accepted request can be scheduled; this one is " + status);
        }
        status = RequestStatus.SCHEDULED;
        this.slot = slot;
        this.table = table;
    }

    /** A later run could not keep it: it waits for a place again. */
    public void unschedule() {
        if (status != RequestStatus.SCHEDULED) {
            throw ProblemException.conflict("only a scheduled meeting can be taken out; this one is " + status);
        }
        status = RequestStatus.ACCEPTED;
        slot = null;
        table = null;
    }

    private void requireWaiting(String move, Instant now) {
        if (status != RequestStatus.WAITING) {
            throw ProblemException.conflict("only a WAITING request can be " + move + "; this one is " + status);
        }
        if (!now.isBefore(expiresAt.toInstant())) {
            throw ProblemException.conflict("the request expired at " + expiresAt);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public boolean involves(UUID organisation) {
        return requesterId.equals(organisation) || targetId.equals(organisation);
    }

    public UUID otherSide(UUID organisation) {
        return requesterId.equals(organisation) ? targetId : requesterId;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID requesterId() {
        return requesterId;
    }

    public UUID targetId() {
        return targetId;
    }

    public int priority() {
        return priority;
    }

    public String message() {
        return message;
    }

    public RequestStatus status() {
        return status;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public Integer slot() {
        return slot;
    }

    public Integer table() {
        return table;
    }

    public long version() {
        return version;
    }
}
