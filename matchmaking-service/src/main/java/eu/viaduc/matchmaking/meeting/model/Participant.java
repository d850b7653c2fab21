package eu.viaduc.matchmaking.meeting.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An organisation taking part in an event: the people it sends, the slots it is available for, the most
 * meetings it wants, and the opportunities it brings to the event's marketplace.
 */
@Entity
@Table(name = "event_participant")
@IdClass(Participant.Key.class)
public class Participant {

    @Id
    @Column(name = "event_id")
    private UUID eventId;
    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> people;
    @Column(name = "max_meetings")
    private int maxMeetings;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "available_slots")
    private List<Integer> availableSlots;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> marketplace;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private OffsetDateTime registeredAt;
    @Version
    private long version;

    protected Participant() {
    }

    public static Participant register(UUID eventId, UUID organisationId, String registrant, Instant now) {
        Participant participant = new Participant();
        participant.eventId = eventId;
        participant.organisationId = organisationId;
        participant.registeredBy = registrant;
        participant.registeredAt = now.atOffset(ZoneOffset.UTC);
        return participant;
    }

    /** What the organisation says of its participation; checked against the event by the caller. */
    public void describe(List<String> people, int maxMeetings, List<Integer> availableSlots, List<UUID> marketplace) {
        this.people = List.copyOf(people);
        this.maxMeetings = maxMeetings;
        this.availableSlots = availableSlots.stream().distinct().sorted().toList();
        this.marketplace = List.copyOf(marketplace);
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public List<String> people() {
        return people;
    }

    public int maxMeetings() {
        return maxMeetings;
    }

    public List<Integer> availableSlots() {
        return availableSlots;
    }

    public List<UUID> marketplace() {
        return marketplace;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }

    public long version() {
        return version;
    }

    /** The participant's key: event and organisation. */
    public record Key(UUID eventId, UUID organisationId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }
}
