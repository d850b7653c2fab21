package eu.viaduc.matchmaking.meeting.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import eu.viaduc.platform.problem.ProblemException;

/**
 * A B2B matchmaking event (speed dating): its day and time zone, its slots and tables (fixed once it
 * exists), a registration deadline after which nobody joins or asks for a meeting, and how long a
 * meeting request may wait for its answer.
 */
@Entity
@Table(name = "matchmaking_event")
public class MatchmakingEvent {

    @Id
    private UUID id;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "organiser_kind")
    private OrganiserKind organiserKind;
    @Column(name = "organiser_id")
    private UUID organiserId;
    @Column(name = "event_date")
    private LocalDate date;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "registration_deadline")
    private OffsetDateTime registrationDeadline;
    /** Seconds a request waits for its answer before it expires. */
    @Column(name = "request_pending_for")
    private long requestPendingFor;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<EventSlot> slots;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<EventTable> tables;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "scheduled_at")
    private OffsetDateTime scheduledAt;
    @Version
    private long version;

    protected MatchmakingEvent() {
    }

    public static MatchmakingEvent plan(String title, String description, OrganiserKind organiserKind, UUID organiserId,
            LocalDate date, String timeZone, Instant registrationDeadline, Duration requestPendingFor, List<EventSlot> slots,
            List<EventTable> tables, String creator, Instant now) {
        if (!registrationDeadline.isBefore(slots.get(slots.size() - 1).endsAt().toInstant())) {
            throw ProblemException.invalid("registrationDeadline", "must be before the event's last slot ends");
        }
        MatchmakingEvent event = new MatchmakingEvent();
        event.id = UUID.randomUUID();
        event.title = title;
        event.description = description;
        event.organiserKind = organiserKind;
        event.organiserId = organiserId;
        event.date = date;
        event.timeZone = timeZone;
        event.registrationDeadline = at(registrationDeadline);
        event.requestPendingFor = requestPendingFor.toSeconds();
        event.slots = List.copyOf(slots);
        event.tables = List.copyOf(tables);
        event.createdBy = creator;
        event.createdAt = at(now);
        return event;
    }

    /** Registrations and requests are taken until the deadline. */
    public void requireOpen(Instant now, String what) {
        if (!now.isBefore(registrationDeadline.toInstant())) {
            throw ProblemException.conflict(what + " closed at the event's registration deadline, " + registrationDeadline);
        }
    }

    public void scheduled(Instant now) {
        scheduledAt = at(now);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public OrganiserKind organiserKind() {
        return organiserKind;
    }

    public UUID organiserId() {
        return organiserId;
    }

    public LocalDate date() {
        return date;
    }

    public String timeZone() {
        return timeZone;
    }

    public OffsetDateTime registrationDeadline() {
        return registrationDeadline;
    }

    public Duration requestPendingFor() {
        return Duration.ofSeconds(requestPendingFor);
    }

    public List<EventSlot> slots() {
        return slots;
    }

    public List<EventTable> tables() {
        return tables;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime scheduledAt() {
        return scheduledAt;
    }

    public long version() {
        return version;
    }
}
