package eu.viaduc.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.inject.spi.CDI;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.viaduc.platform.affiliation.AffiliationReadModel;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.platform.members.MembersDirectory;
import eu.viaduc.platform.security.Affiliations;

/**
 * For the tests of a service that keeps platform-commons' members and affiliation read models.
 * What members-service would publish about organisations, memberships, alliances and who acts for
 * them, sent on members' real topics; each call waits until exchange-service's read models hold it.
 * Event data starts from the example in the event's JSON Schema, the contract members-service's own
 * tests hold its events to.
 */
public final class MembersWorld {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private MembersWorld() {
    }

    /** An organisation of this type in this country at this point (null latitude: no registered point). */
    public static UUID organisation(String name, String type, String country, Double latitude, Double longitude) {
        UUID id = UUID.randomUUID();
        ObjectNode data = example("eu.viaduc.members.organisation.registered.v2");
        data.put("organisationId", id.toString());
        data.put("name", name);
        data.put("type", type);
        data.put("country", country);
        data.putNull("nutsRegion");
        if (latitude == null) {
            data.putNull("location");
        } else {
            data.putObject("location").put("latitude", latitude).put("longitude", longitude);
        }
        send("viaduc.members.organisations", "eu.viaduc.members.organisation.registered.v2", id, data);
        awaitThat(() -> directory().organisation(id).isPresent());
        return id;
    }

    /** An alliance of these clusters, managed by these people. */
    public static UUID alliance(List<UUID> clusters, String... managers) {
        UUID id = UUID.randomUUID();
        ObjectNode data = example("eu.viaduc.members.alliance.changed.v1");
        data.put("allianceId", id.toString());
        data.put("version", 1);
        data.putPOJO("clusters", clusters.stream().map(UUID::toString).toList());
        send("viaduc.members.alliances", "eu.viaduc.members.alliance.changed.v1", id, data);
        managers("eu.viaduc.members.alliance.managers-changed.v1", "allianceId", id, List.of(managers));
        awaitThat(() -> directory().allianceExists(id) && directory().clustersOf(id).size() == clusters.size()
                && List.of(managers).stream().allMatch(manager -> affiliations().managesAlliance(manager, id)));
        return id;
    }

    /** A cluster (its id) managed by these people. */
    public static UUID cluster(String... managers) {
        UUID id = UUID.randomUUID();
        managers("eu.viaduc.members.cluster.managers-changed.v1", "clusterId", id, List.of(managers));
        awaitThat(() -> List.of(managers).stream().allMatch(manager -> affiliations().managesCluster(manager, id)));
        return id;
    }

    /** The organisation becomes an ACTIVE member of the cluster; returns the membership id. */
    public static UUID activeMember(UUID organisation, UUID cluster) {
        UUID id = UUID.randomUUID();
        membership(id, organisation, cluster, "ACTIVE", "eu.viaduc.members.membership.activated.v1", 1);
        awaitThat(() -> activeIn(organisation, cluster));
        return id;
    }

    /** The membership ends. */
    public static void endMembership(UUID membership, UUID organisation, UUID cluster) {
        membership(membership, organisation, cluster, "ENDED", "eu.viaduc.members.membership.ended.v1", 2);
        awaitThat(() -> !activeIn(organisation, cluster));
    }

    /** Who acts for the organisation: subject -> ADMIN or EDITOR (the whole list, as members publishes it). */
    public static void people(UUID organisation, long version, Map<String, String> roleBySubject) {
        ObjectNode data = example(AffiliationReadModel.PEOPLE_CHANGED_V1);
        data.put("organisationId", organisation.toString());
        data.put("version", version);
        data.putPOJO("people", roleBySubject.entrySet().stream()
                .map(person -> Map.of("subject", person.getKey(), "role", person.getValue())).toList());
        send("viaduc.members.affiliations", AffiliationReadModel.PEOPLE_CHANGED_V1, organisation, data);
        awaitThat(() -> roleBySubject.entrySet().stream().allMatch(person -> affiliations()
                .organisationRole(person.getKey(), organisation).map(role -> role.name().equals(person.getValue()))
                .orElse(false)));
    }

    /** members-service erased a contact person of the organisation. */
    public static void contactErased(UUID contact, UUID organisation) {
        ObjectNode data = example("eu.viaduc.members.contact.erased.v1");
        data.put("contactId", contact.toString());
        data.put("organisationId", organisation.toString());
        send("viaduc.members.contacts", "eu.viaduc.members.contact.erased.v1", contact, data);
    }

    /** members-service erased a person with an account, on their request. */
    public static void personErased(String subject) {
        ObjectNode data = example("eu.viaduc.members.person.erased.v1");
        data.put("subject", subject);
        ProducerRecord<String, String> record = KafkaCloudEvents.toRecord("viaduc.members.contacts", new CloudEvent(
                UUID.randomUUID().toString(), "/viaduc/members-service", "eu.viaduc.members.person.erased.v1", subject,
                OffsetDateTime.now(), data.toString()));
        TopicProbe.send(record);
    }

    /** members-service erased the whole organisation. */
    public static void organisationErased(UUID organisation) {
        ObjectNode data = example("eu.viaduc.members.organisation.erased.v1");
        data.put("organisationId", organisation.toString());
        data.put("version", 9);
        send("viaduc.members.organisations", "eu.viaduc.members.organisation.erased.v1", organisation, data);
        awaitThat(() -> directory().organisation(organisation).isEmpty());
    }

    private static void membership(UUID id, UUID organisation, UUID cluster, String status, String type, long version) {
        TopicProbe.send(membershipEvent(type, id, organisation, cluster, status, version));
    }

    /**
     * An organisation event of this type (registered, updated, deleted or erased) at this version, named so
     * where the type carries a name; not sent: for a burst sent at once ({@link TopicProbe#sendAll}).
     */
    public static ProducerRecord<String, String> organisationEvent(String type, UUID organisation, long version,
            String name) {
        ObjectNode data = example(type);
        data.put("organisationId", organisation.toString());
        data.put("version", version);
        if (data.has("name")) {
            data.put("name", name);
        }
        return record("viaduc.members.organisations", type, organisation, data);
    }

    /** A membership event of this type at this version; not sent (see {@link #organisationEvent}). */
    public static ProducerRecord<String, String> membershipEvent(String type, UUID membership, UUID organisation,
            UUID cluster, String status, long version) {
        ObjectNode data = example(type);
        data.put("membershipId", membership.toString());
        data.put("organisationId", organisation.toString());
        data.put("clusterId", cluster.toString());
        data.put("status", status);
        data.put("version", version);
        return record("viaduc.members.memberships", type, membership, data);
    }

    private static boolean activeIn(UUID organisation, UUID cluster) {
        return CDI.current().select(jakarta.persistence.EntityManager.class).get()
                .createNativeQuery("select 1 from member_membership where organisation_id = ?1 and cluster_id = ?2 and status = 'ACTIVE'")
                .setParameter(1, organisation).setParameter(2, cluster).getResultList().size() == 1;
    }

    private static void managers(String type, String idField, UUID id, List<String> managers) {
        ObjectNode data = example(type);
        data.put(idField, id.toString());
        data.put("version", 1);
        data.putPOJO("managers", new ArrayList<>(managers));
        send("viaduc.members.affiliations", type, id, data);
    }

    private static void send(String topic, String type, UUID subject, ObjectNode data) {
        TopicProbe.send(record(topic, type, subject, data));
    }

    private static ProducerRecord<String, String> record(String topic, String type, UUID subject, ObjectNode data) {
        return KafkaCloudEvents.toRecord(topic, new CloudEvent(UUID.randomUUID().toString(), "/viaduc/members-service",
                type, subject.toString(), OffsetDateTime.now(), data.toString()));
    }

    static ObjectNode example(String type) {
        try (InputStream in = MembersWorld.class.getClassLoader().getResourceAsStream("event-schemas/" + type + ".schema.json")) {
            return (ObjectNode) MAPPER.readTree(in).get("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitThat(BooleanSupplier condition) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> inTransaction(condition));
    }

    private static boolean inTransaction(BooleanSupplier condition) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(condition::getAsBoolean);
    }

    private static MembersDirectory directory() {
        return CDI.current().select(MembersDirectory.class).get();
    }

    private static Affiliations affiliations() {
        return CDI.current().select(Affiliations.class).get();
    }
}
