package eu.viaduc.members.organisation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.organisation.model.GeoPoint;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.platform.outbox.Outbox;

/**
 * The organisation events members-service publishes, keyed by organisation id so that each
 * organisation's events stay in order. Registered and updated events carry the whole public profile
 * (never contacts), so a read model needs nothing else. Call every method after the change is
 * flushed, so the event carries the version the change produced.
 */
@ApplicationScoped
public class OrganisationEvents {

    public static final String TOPIC = "viaduc.members.organisations";
    public static final String REGISTERED_V2 = "eu.viaduc.members.organisation.registered.v2";
    public static final String UPDATED_V2 = "eu.viaduc.members.organisation.updated.v2";
    public static final String COMPETENCES_CHANGED_V1 = "eu.viaduc.members.organisation.competences-changed.v1";
    public static final String DELETED_V1 = "eu.viaduc.members.organisation.deleted.v1";
    public static final String ERASED_V1 = "eu.viaduc.members.organisation.erased.v1";

    private final Outbox outbox;

    @Inject
    public OrganisationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Organisation organisation) {
        outbox.append(TOPIC, REGISTERED_V2, organisation.id().toString(),
                Profile.of(organisation, organisation.registeredAt()));
    }

    /** The new profile; and, when competences or keywords moved, what moved. */
    /**
     * The delta first, the whole profile last: the topic is compacted, and the last record of an
     * organisation's key is what a read model rebuilt from it gets.
     */
    public void updated(Organisation organisation, OrganisationProfile before) {
        if (!before.competences().equals(organisation.competences()) || !before.keywords().equals(organisation.keywords())) {
            outbox.append(TOPIC, COMPETENCES_CHANGED_V1, organisation.id().toString(), new CompetencesChanged(
                    organisation.id(), organisation.version(), organisation.competences(), organisation.keywords(),
                    added(before.competences(), organisation.competences()),
                    added(organisation.competences(), before.competences()), organisation.updatedAt()));
        }
        outbox.append(TOPIC, UPDATED_V2, organisation.id().toString(), Profile.of(organisation, organisation.updatedAt()));
    }

    public void deleted(Organisation organisation) {
        outbox.append(TOPIC, DELETED_V1, organisation.id().toString(),
                new Deleted(organisation.id(), organisation.version(), organisation.updatedAt()));
    }

    /**
     * Erasure starts here: the events about the organisation still in the outbox, published or not,
     * are deleted, so its data leaves no trace here and goes out no more. The erasure's own events
     * (its people's empty list, then {@link #erased}) are appended after this.
     */
    public void forget(UUID organisation) {
        outbox.forget(organisation.toString());
    }

    /**
     * Every service must now forget what it keeps of this organisation and its people. A tombstone
     * follows, so compaction removes the organisation's records from the topic for good.
     */
    public void erased(Organisation organisation) {
        outbox.append(TOPIC, ERASED_V1, organisation.id().toString(),
                new Erased(organisation.id(), organisation.version(), organisation.erasedAt()));
        outbox.appendTombstone(TOPIC, organisation.id().toString());
    }

    private static List<String> added(List<String> before, List<String> after) {
        return after.stream().filter(competence -> !before.contains(competence)).toList();
    }

    /** Data of registered.v2 and updated.v2: the whole public profile; see their JSON Schemas in event-contracts. */
    public record Profile(UUID organisationId, long version, String name, String type, String sizeBand, String country,
            String nutsRegion, String city, GeoPoint location, String registrationId, String website,
            List<String> naceCodes, List<String> competences, List<String> keywords, Map<String, String> descriptions,
            Map<String, String> offers, Map<String, String> needs, OffsetDateTime registeredAt, OffsetDateTime changedAt) {

        static Profile of(Organisation organisation, OffsetDateTime changedAt) {
            OrganisationProfile profile = organisation.profile();
            return new Profile(organisation.id(), organisation.version(), profile.name(), profile.type().name(),
                    profile.sizeBand() == null ? null : profile.sizeBand().name(), profile.country(),
                    profile.nutsRegion(), profile.city(), profile.location(), profile.registrationId(),
                    profile.website(), profile.naceCodes(), profile.competences(), profile.keywords(),
                    profile.descriptions(), profile.offers(), profile.needs(), organisation.registeredAt(), changedAt);
        }
    }

    /** Data of {@value #COMPETENCES_CHANGED_V1}; see its JSON Schema in event-contracts. */
    public record CompetencesChanged(UUID organisationId, long version, List<String> competences, List<String> keywords,
            List<String> addedCompetences, List<String> removedCompetences, OffsetDateTime changedAt) {
    }

    /** Data of {@value #DELETED_V1}; see its JSON Schema in event-contracts. */
    public record Deleted(UUID organisationId, long version, OffsetDateTime deletedAt) {
    }

    /** Data of {@value #ERASED_V1}; see its JSON Schema in event-contracts. */
    public record Erased(UUID organisationId, long version, OffsetDateTime erasedAt) {
    }
}
