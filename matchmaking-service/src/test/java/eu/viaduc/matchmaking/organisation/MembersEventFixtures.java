package eu.viaduc.matchmaking.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.viaduc.matchmaking.organisation.events.MembersOrganisationEvents;
import eu.viaduc.platform.affiliation.AffiliationReadModel;
import eu.viaduc.platform.affiliation.MembersAffiliationConsumer;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;

/**
 * Events as members-service publishes them. The data starts from the example in the event's
 * JSON Schema (event-contracts), the same contract members-service's tests hold it to.
 */
public final class MembersEventFixtures {

    static final String TOPIC = "viaduc.members.organisations";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private MembersEventFixtures() {
    }

    /** Data of registered.v2 (what members-service publishes), with these competences and no keywords. */
    public static ObjectNode registeredData(UUID organisationId, String name, List<String> competences) {
        return registeredData(MembersOrganisationEvents.REGISTERED_V2, organisationId, name, competences);
    }

    /** Data of registered.v1, as members-service published it before v2: older offsets still hold it. */
    static ObjectNode registeredV1Data(UUID organisationId, String name, List<String> competences) {
        return registeredData(MembersOrganisationEvents.REGISTERED_V1, organisationId, name, competences);
    }

    private static ObjectNode registeredData(String type, UUID organisationId, String name, List<String> competences) {
        ObjectNode data = schemaExample(type);
        data.put("organisationId", organisationId.toString());
        data.put("name", name);
        data.putPOJO("competences", competences);
        if (data.has("keywords")) {
            data.putPOJO("keywords", List.of());
        }
        return data;
    }

    /** The event of registered data, v1 or v2 as the data's shape says. */
    public static ProducerRecord<String, String> registered(String eventId, ObjectNode data) {
        String type = data.has("version") ? MembersOrganisationEvents.REGISTERED_V2 : MembersOrganisationEvents.REGISTERED_V1;
        CloudEvent event = new CloudEvent(eventId, "/viaduc/members-service", type,
                data.get("organisationId").asText(), OffsetDateTime.now(), data.toString());
        return KafkaCloudEvents.toRecord(TOPIC, event);
    }

    static ProducerRecord<String, String> erased(UUID organisationId, long version) {
        ObjectNode data = schemaExample(MembersOrganisationEvents.ERASED_V1);
        data.put("organisationId", organisationId.toString());
        data.put("version", version);
        return event(MembersOrganisationEvents.ERASED_V1, organisationId, data);
    }

    static ProducerRecord<String, String> updated(UUID organisationId, long version, String name, List<String> competences) {
        ObjectNode data = schemaExample(MembersOrganisationEvents.UPDATED_V2);
        data.put("organisationId", organisationId.toString());
        data.put("version", version);
        data.put("name", name);
        data.putPOJO("competences", competences);
        data.putPOJO("keywords", List.of());
        return event(MembersOrganisationEvents.UPDATED_V2, organisationId, data);
    }

    static ProducerRecord<String, String> deleted(UUID organisationId, long version) {
        ObjectNode data = schemaExample(MembersOrganisationEvents.DELETED_V1);
        data.put("organisationId", organisationId.toString());
        data.put("version", version);
        return event(MembersOrganisationEvents.DELETED_V1, organisationId, data);
    }

    private static ProducerRecord<String, String> event(String type, UUID subject, ObjectNode data) {
        return KafkaCloudEvents.toRecord(TOPIC, new CloudEvent(UUID.randomUUID().toString(), "/viaduc/members-service",
                type, subject.toString(), OffsetDateTime.now(), data.toString()));
    }

    /** organisation.people-changed.v1 on members' affiliation topic: the whole list of who acts for it. */
    static ProducerRecord<String, String> peopleChanged(UUID organisationId, long version, Map<String, String> roleBySubject) {
        ObjectNode data = schemaExample(AffiliationReadModel.PEOPLE_CHANGED_V1);
        data.put("organisationId", organisationId.toString());
        data.put("version", version);
        data.putPOJO("people", roleBySubject.entrySet().stream()
                .map(person -> Map.of("subject", person.getKey(), "role", person.getValue())).toList());
        return KafkaCloudEvents.toRecord(MembersAffiliationConsumer.TOPIC, new CloudEvent(UUID.randomUUID().toString(),
                "/viaduc/members-service", AffiliationReadModel.PEOPLE_CHANGED_V1, organisationId.toString(),
                OffsetDateTime.now(), data.toString()));
    }

    static ProducerRecord<String, String> withoutCloudEventHeaders(String key, String value) {
        return new ProducerRecord<>(TOPIC, null, key, value,
                List.of(new RecordHeader("content-type", "application/json".getBytes(StandardCharsets.UTF_8))));
    }

    private static ObjectNode schemaExample(String type) {
        try (InputStream in = MembersEventFixtures.class.getClassLoader()
                .getResourceAsStream("event-schemas/" + type + ".schema.json")) {
            return (ObjectNode) MAPPER.readTree(in).get("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
