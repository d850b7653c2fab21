package eu.viaduc.matchmaking.meeting.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** At check-in, whether one side of a scheduled meeting came. */
@Entity
@Table(name = "meeting_attendance")
@IdClass(MeetingAttendance.Key.class)
public class MeetingAttendance {

    @Id
    @Column(name = "request_id")
    private UUID requestId;
    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;
    private boolean present;
    @Column(name = "marked_by")
    private String markedBy;
    @Column(name = "marked_at")
    private OffsetDateTime markedAt;

    protected MeetingAttendance() {
    }

    public static MeetingAttendance mark(UUID requestId, UUID organisationId) {
        MeetingAttendance attendance = new MeetingAttendance();
        attendance.requestId = requestId;
        attendance.organisationId = organisationId;
        return attendance;
    }

    public void record(boolean present, String person, Instant now) {
        this.present = present;
        this.markedBy = person;
        this.markedAt = now.atOffset(ZoneOffset.UTC);
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public boolean present() {
        return present;
    }

    /** The attendance's key: meeting and organisation. */
    public record Key(UUID requestId, UUID organisationId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
