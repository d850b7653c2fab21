package eu.viaduc.exchange.activity.model;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/** A training or thematic workshop of a programme, with a number of places. */
@Entity
public class Activity {

    @Schema(name = "ActivityKind")
    public enum Kind { TRAINING, THEMATIC_WORKSHOP }

    @Schema(name = "ActivityStatus")
    public enum Status { SCHEDULED, CANCELLED }

    @Id
    private UUID id;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String title;
    private String description;
    @Column(name = "starts_at")
    private OffsetDateTime startsAt;
    @Column(name = "ends_at")
    private OffsetDateTime endsAt;
    private String location;
    private int capacity;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Version
    private long version;

    protected Activity() {
        // for JPA
    }

    public static Activity schedule(UUID programmeId, Kind kind, String title, String description,
            OffsetDateTime startsAt, OffsetDateTime endsAt, String location, int capacity, String createdBy) {
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.programmeId = programmeId;
        activity.kind = kind;
        activity.title = title;
        activity.description = description;
        activity.startsAt = startsAt;
        activity.endsAt = endsAt;
        activity.location = location;
        activity.capacity = capacity;
        activity.status = Status.SCHEDULED;
        activity.createdBy = createdBy;
        activity.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        activity.changedAt = activity.createdAt;
        return activity;
    }

    /** Registrations changed: the activity's version moves on, so that its event says the new counts. */
    public void registrationsChanged() {
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void requireOpenForRegistration(OffsetDateTime now) {
        if (status == Status.CANCELLED) {
            throw ProblemException.conflict("the activity is CANCELLED");
        }
        if (!now.isBefore(startsAt)) {
            throw ProblemException.conflict("the activity started at " + startsAt + ": registration is closed");
        }
    }

    public void requireStarted(OffsetDateTime now) {
        if (now.isBefore(startsAt)) {
            throw ProblemException.conflict("the activity starts at " + startsAt + ": attendance is recorded after");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public OffsetDateTime endsAt() {
        return endsAt;
    }

    public String location() {
        return location;
    }

    public int capacity() {
        return capacity;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
