package eu.viaduc.platform.affiliation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.InvalidEventException;
import eu.viaduc.platform.inbox.EventHandler;
import eu.viaduc.platform.security.AffiliationScope;

/**
 * A service's copy of who acts for what, kept from members-service's affiliation events. Each event
 * carries the whole current list of its organisation, cluster or alliance and a version, so applying
 * one replaces the list, and an older one arriving late changes nothing.
 */
@ApplicationScoped
public class AffiliationReadModel {

    public static final String PEOPLE_CHANGED_V1 = "eu.viaduc.members.organisation.people-changed.v1";
    public static final String CLUSTER_MANAGERS_CHANGED_V1 = "eu.viaduc.members.cluster.managers-changed.v1";
    public static final String ALLIANCE_MANAGERS_CHANGED_V1 = "eu.viaduc.members.alliance.managers-changed.v1";
    static final String MANAGER = "MANAGER";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    @Inject
    public AffiliationReadModel(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** The handlers a consumer gives to the inbox, by event type. */
    public Map<String, EventHandler> handlers() {
        return Map.of(PEOPLE_CHANGED_V1, this::peopleChanged, CLUSTER_MANAGERS_CHANGED_V1, this::clusterManagersChanged,
                ALLIANCE_MANAGERS_CHANGED_V1, this::allianceManagersChanged);
    }

    private void peopleChanged(CloudEvent event) {
        PeopleChanged data = read(event, PeopleChanged.class);
        replace(AffiliationScope.ORGANISATION, data.organisationId(), data.version(),
                data.people().stream().map(person -> new Fact(person.subject(), person.role())).toList());
    }

    private void clusterManagersChanged(CloudEvent event) {
        ClusterManagersChanged data = read(event, ClusterManagersChanged.class);
        replace(AffiliationScope.CLUSTER, data.clusterId(), data.version(), managers(data.managers()));
    }

    private void allianceManagersChanged(CloudEvent event) {
        AllianceManagersChanged data = read(event, AllianceManagersChanged.class);
        replace(AffiliationScope.ALLIANCE, data.allianceId(), data.version(), managers(data.managers()));
    }

    private static List<Fact> managers(List<String> subjects) {
        return subjects.stream().map(subject -> new Fact(subject, MANAGER)).toList();
    }

    private void replace(AffiliationScope scope, UUID target, long version, List<Fact> facts) {
        // the version row is the list's lock too: two events of one list never interleave
        int newer = entityManager.createNativeQuery("""
                insert into affiliation_version (target_id, scope, version) values (?1, ?2, ?3)
                on conflict (target_id) do update set version = excluded.version
                where affiliation_version.version < excluded.version""")
                .setParameter(1, target).setParameter(2, scope.name()).setParameter(3, version)
                .executeUpdate();
        if (newer == 0) {
            return;
        }
        entityManager.createNativeQuery("delete from affiliation where target_id = ?1").setParameter(1, target)
                .executeUpdate();
        for (Fact fact : facts) {
            entityManager.createNativeQuery(
                    "insert into affiliation (target_id, scope, subject, role) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, target).setParameter(2, scope.name()).setParameter(3, fact.subject())
                    .setParameter(4, fact.role()).executeUpdate();
        }
    }

    private <T> T read(CloudEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(event.type() + " data cannot be read: " + e.getOriginalMessage());
        }
    }

    private record Fact(String subject, String role) {
    }

    /** Data of organisation.people-changed.v1, as its schema in event-contracts defines it. */
    record PeopleChanged(UUID organisationId, long version, List<Person> people, OffsetDateTime changedAt) {
    }

    record Person(String subject, String role) {
    }

    /** Data of cluster.managers-changed.v1. */
    record ClusterManagersChanged(UUID clusterId, long version, List<String> managers, OffsetDateTime changedAt) {
    }

    /** Data of alliance.managers-changed.v1. */
    record AllianceManagersChanged(UUID allianceId, long version, List<String> managers, OffsetDateTime changedAt) {
    }
}
