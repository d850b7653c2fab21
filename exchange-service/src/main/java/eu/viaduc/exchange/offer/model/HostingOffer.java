package eu.viaduc.exchange.offer.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.platform.problem.ProblemException;

/** What a host organisation offers visitors of a programme: a topic, languages, a window and a capacity. */
@Entity
@Table(name = "hosting_offer")
public class HostingOffer {

    @Schema(name = "HostingOfferStatus")
    public enum Status { OPEN, WITHDRAWN }

    @Id
    private UUID id;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Column(name = "host_organisation_id")
    private UUID hostOrganisationId;
    private String topic;
    private String description;
    @Column(name = "value_chain")
    private String valueChain;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hosting_offer_language", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "language")
    private Set<String> languages = new TreeSet<>();
    @Column(name = "available_from")
    private LocalDate availableFrom;
    @Column(name = "available_until")
    private LocalDate availableUntil;
    private int capacity;
    @Column(name = "places_taken")
    private int placesTaken;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Version
    private long version;

    protected HostingOffer() {
        // for JPA
    }

    public static HostingOffer publish(UUID programmeId, UUID hostOrganisationId, String topic, String description,
            String valueChain, Set<String> languages, LocalDate availableFrom, LocalDate availableUntil, int capacity,
            String createdBy) {
        HostingOffer offer = new HostingOffer();
        offer.id = UUID.randomUUID();
        offer.programmeId = programmeId;
        offer.hostOrganisationId = hostOrganisationId;
        offer.topic = topic;
        offer.description = description;
        offer.valueChain = valueChain;
        offer.languages.addAll(languages);
        offer.availableFrom = availableFrom;
        offer.availableUntil = availableUntil;
        offer.capacity = capacity;
        offer.status = Status.OPEN;
        offer.createdBy = createdBy;
        offer.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        offer.changedAt = offer.createdAt;
        return offer;
    }

    public void withdraw() {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("the hosting offer is " + status);
        }
        status = Status.WITHDRAWN;
        changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The host accepted a visitor of this offer. */
    public void takePlace() {
        if (placesTaken >= capacity) {
            throw ProblemException.conflict("the hosting offer is full: all " + capacity + " places are taken");
        }
        placesTaken++;
    }

    /** An accepted exchange ended on the way: its place is free again. */
    public void releasePlace() {
        placesTaken = Math.max(0, placesTaken - 1);
    }

    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public boolean covers(LocalDate from, LocalDate until) {
        return !from.isBefore(availableFrom) && !until.isAfter(availableUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID programmeId() {
        return programmeId;
    }

    public UUID hostOrganisationId() {
        return hostOrganisationId;
    }

    public String topic() {
        return topic;
    }

    public String description() {
        return description;
    }

    public String valueChain() {
        return valueChain;
    }

    public Set<String> languages() {
        return new TreeSet<>(languages);
    }

    public LocalDate availableFrom() {
        return availableFrom;
    }

    public LocalDate availableUntil() {
        return availableUntil;
    }

    public int capacity() {
        return capacity;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
