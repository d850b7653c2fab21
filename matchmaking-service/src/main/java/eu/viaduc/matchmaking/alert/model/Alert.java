package eu.viaduc.matchmaking.alert.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An opportunity or a meeting a person should hear of, and whether the e-mail has gone. */
@Entity
@Table(name = "alert")
public class Alert {

    /** Failed sends are retried up to this many times, each pause twice the last (30 s ... 1 h). */
    public static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /** Why a person is alerted: an opportunity (the first two) or a change to one of their meetings. */
    public enum Kind { URGENT_NEED, SAVED_SEARCH, MEETING_REQUESTED, MEETING_SCHEDULED, MEETING_MOVED, MEETING_UNSCHEDULED }

    @Id
    private UUID id;
    private String subject;
    @Column(name = "opportunity_id")
    private UUID opportunityId;
    @Column(name = "meeting_request_id")
    private UUID meetingRequestId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "saved_search_id")
    private UUID savedSearchId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "mailed_at")
    private OffsetDateTime mailedAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    protected Alert() {
    }

    public void mailed(OffsetDateTime now) {
        mailedAt = now;
        attempts++;
        lastError = null;
    }

    /** The mail server refused or was away: try again later, after a longer pause each time. */
    public void failed(String error, OffsetDateTime now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public UUID opportunityId() {
        return opportunityId;
    }

    public UUID meetingRequestId() {
        return meetingRequestId;
    }

    public Kind kind() {
        return kind;
    }

    public UUID savedSearchId() {
        return savedSearchId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime mailedAt() {
        return mailedAt;
    }
}
