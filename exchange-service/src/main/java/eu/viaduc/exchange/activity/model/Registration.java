package eu.viaduc.exchange.activity.model;

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

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/** A person's place at an activity, or their place in its waiting list. */
@Entity
@Table(name = "activity_registration")
public class Registration {

    @Schema(name = "RegistrationStatus")
    public enum Status { REGISTERED, WAITING, CANCELLED }

    @Id
    private UUID id;
    @Column(name = "activity_id")
    private UUID activityId;
    private String subject;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "person_email")
    private String personEmail;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    private Boolean attended;
    @Version
    private long version;

    protected Registration() {
        // for JPA
    }

    public static Registration of(UUID activityId, String subject, String name, String email, boolean placeLeft) {
        Registration registration = new Registration();
        registration.id = UUID.randomUUID();
        registration.activityId = activityId;
        registration.subject = subject;
        registration.personName = name;
        registration.personEmail = email;
        registration.status = placeLeft ? Status.REGISTERED : Status.WAITING;
        registration.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
        registration.changedAt = registration.registeredAt;
        return registration;
    }

    public void cancel() {
        if (status == Status.CANCELLED) {
            throw ProblemException.conflict("the registration is CANCELLED already");
        }
        status = Status.CANCELLED;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** A place freed up: the first of the waiting list takes it. */
    public void promote() {
        status = Status.REGISTERED;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void recordAttendance(boolean present) {
        attended = present;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void erasePersonalData() {
        personName = null;
        personEmail = null;
    }

    public UUID id() {
        return id;
    }

    public UUID activityId() {
        return activityId;
    }

    public String subject() {
        return subject;
    }

    public String personName() {
        return personName;
    }

    public String personEmail() {
        return personEmail;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public Boolean attended() {
        return attended;
    }
}
