package eu.viaduc.matchmaking.interest.model;

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
 * An organisation's interest in another's opportunity, and its answer: SENT -> ACCEPTED | DECLINED |
 * EXPIRED, and an accepted one INTRODUCED. Each move checks the state it starts from here.
 */
@Entity
@Table(name = "expression_of_interest")
public class Interest {

    @Id
    private UUID id;
    @Column(name = "opportunity_id")
    private UUID opportunityId;
    @Column(name = "poster_organisation_id")
    private UUID posterOrganisationId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private String message;
    @Enumerated(EnumType.STRING)
    private InterestStatus status;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "sent_at")
    private OffsetDateTime sentAt;
    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "introduced_at")
    private OffsetDateTime introducedAt;
    @Version
    private long version;

    protected Interest() {
    }

    public static Interest send(UUID opportunityId, UUID posterOrganisationId, UUID organisationId, String message,
            String sender, Instant now, Duration pendingFor) {
        Interest interest = new Interest();
        interest.id = UUID.randomUUID();
        interest.opportunityId = opportunityId;
        interest.posterOrganisationId = posterOrganisationId;
        interest.organisationId = organisationId;
        interest.message = message;
        interest.status = InterestStatus.SENT;
        interest.sentBy = sender;
        interest.sentAt = at(now);
        interest.expiresAt = at(now.plus(pendingFor));
        return interest;
    }

    public void accept(String person, Instant now) {
        requirePending("accepted");
        status = InterestStatus.ACCEPTED;
        answeredBy = person;
        answeredAt = at(now);
    }

    /** Both sides have agreed: the sender by sending, the poster by accepting. */
    public void introduce(Instant now) {
        if (status != InterestStatus.ACCEPTED) {
            throw ProblemException.conflict("only an accepted expression of interest is introduced; this one is " + status);
        }
        status = InterestStatus.INTRODUCED;
        introducedAt = at(now);
    }

    public void decline(String person, String reason, Instant now) {
        requirePending("declined");
        status = InterestStatus.DECLINED;
        answeredBy = person;
        answeredAt = at(now);
        declineReason = reason;
    }

    public void expire(Instant now) {
        requirePending("expired");
        status = InterestStatus.EXPIRED;
        answeredAt = at(now);
    }

    private void requirePending(String move) {
        if (status != InterestStatus.SENT) {
            throw ProblemException.conflict("only a pending (SENT) expression of interest can be " + move + "; this one is "
                    + status);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID opportunityId() {
        return opportunityId;
    }

    public UUID posterOrganisationId() {
        return posterOrganisationId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String message() {
        return message;
    }

    public InterestStatus status() {
        return status;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
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

    public OffsetDateTime introducedAt() {
        return introducedAt;
    }

    public long version() {
        return version;
    }
}
