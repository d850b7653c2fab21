package eu.viaduc.members.affiliation.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.viaduc.members.affiliation.model.Affiliation;
import eu.viaduc.platform.outbox.Outbox;
import eu.viaduc.platform.security.AffiliationScope;

/**
 * Publishes the whole current list of an organisation's people, or of a cluster's or alliance's
 * managers, after every change: subjects and roles only, never names or e-mail addresses. Keyed by
 * the organisation, cluster or alliance id on one topic, so a compacted topic keeps each list's latest.
 */
@ApplicationScoped
public class AffiliationEvents {

    public static final String TOPIC = "viaduc.members.affiliations";
    public static final String PEOPLE_CHANGED_V1 = "eu.viaduc.members.organisation.people-changed.v1";
    public static final String CLUSTER_MANAGERS_CHANGED_V1 = "eu.viaduc.members.cluster.managers-changed.v1";
    public static final String ALLIANCE_MANAGERS_CHANGED_V1 = "eu.viaduc.members.alliance.managers-changed.v1";

    private final Outbox outbox;

    @Inject
    public AffiliationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(AffiliationScope scope, UUID target, long version, List<Affiliation> list) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<String> subjects = list.stream().map(Affiliation::subject).toList();
        switch (scope) {
            case ORGANISATION -> outbox.append(TOPIC, PEOPLE_CHANGED_V1, target.toString(), new PeopleChanged(target, version,
                    list.stream().map(person -> new PersonRole(person.subject(), person.role())).toList(), now));
            case CLUSTER -> outbox.append(TOPIC, CLUSTER_MANAGERS_CHANGED_V1, target.toString(),
                    new ClusterManagersChanged(target, version, subjects, now));
            case ALLIANCE -> outbox.append(TOPIC, ALLIANCE_MANAGERS_CHANGED_V1, target.toString(),
                    new AllianceManagersChanged(target, version, subjects, now));
        }
    }

    /** Data of {@value #PEOPLE_CHANGED_V1}; see its JSON Schema in event-contracts. */
    public record PeopleChanged(UUID organisationId, long version, List<PersonRole> people, OffsetDateTime changedAt) {
    }

    public record PersonRole(String subject, String role) {
    }

    /** Data of {@value #CLUSTER_MANAGERS_CHANGED_V1}. */
    public record ClusterManagersChanged(UUID clusterId, long version, List<String> managers, OffsetDateTime changedAt) {
    }

    /** Data of {@value #ALLIANCE_MANAGERS_CHANGED_V1}. */
    public record AllianceManagersChanged(UUID allianceId, long version, List<String> managers, OffsetDateTime changedAt) {
    }
}
