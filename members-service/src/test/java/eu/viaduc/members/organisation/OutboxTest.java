package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.members.organisation.model.OrganisationType;
import eu.viaduc.members.organisation.model.Organisation;
import eu.viaduc.members.organisation.model.OrganisationProfile;
import eu.viaduc.platform.outbox.Outbox;
import eu.viaduc.testing.KafkaBroker;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** The transactional outbox against the real database and a real broker. */
@QuarkusTest
class OutboxTest {

    private static final String ORDER_TOPIC = "viaduc.test.outbox-order";
    private static final String SEQUENCE_TYPE = "eu.viaduc.test.sequence.v1";

    @Inject
    OrganisationEvents organisationEvents;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;

    @Test
    void theEventIsStoredInTheSameTransactionAsTheChange() {
        String id = register("Same Transaction BV", "NL");

        long events = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select count(*) from outbox_event where subject = ?1 and type = ?2")
                .setParameter(1, id).setParameter(2, OrganisationEvents.REGISTERED_V2)
                .getSingleResult());
        assertThat(events).isEqualTo(1);
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        String rolledBackName = "Rolled Back " + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            // what OrganisationService.register does: the change and its event in one transaction
            Organisation organisation = Organisation.register(OrganisationProfile.of(rolledBackName, OrganisationType.SME,
                    "RO", List.of()), "test");
            entityManager.persist(organisation);
            entityManager.flush();
            organisationEvents.registered(organisation);
            throw new IllegalStateException("the caller fails after the change");
        })).isInstanceOf(IllegalStateException.class);

        String later = register("Committed After The Rollback", "RO");
        try (TopicProbe topic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            // The relay publishes in commit order: once a later change is out, the rolled-back one
            // would be out too, so reading the whole topic now shows whether it ever went out.
            topic.awaitRecord(r -> later.equals(r.key()), Duration.ofSeconds(30));
            assertThat(topic.readToEnd()).noneMatch(r -> r.value() != null && r.value().contains(rolledBackName));
        }
        long rows = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select count(*) from organisation where name = ?1").setParameter(1, rolledBackName).getSingleResult());
        assertThat(rows).isZero();
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesInOrderOnceItIsBack() {
        KafkaBroker broker = KafkaBroker.shared();
        List<String> aggregates = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        int changesPerAggregate = 20;
        List<String> registeredWhileDown = new ArrayList<>();
        broker.stop();
        try {
            for (int sequence = 1; sequence <= changesPerAggregate; sequence++) {
                for (String aggregate : aggregates) {
                    int n = sequence;
                    QuarkusTransaction.requiringNew().run(
                            () -> outbox.append(ORDER_TOPIC, SEQUENCE_TYPE, aggregate, Map.of("sequence", n)));
                }
            }
            for (int i = 0; i < 3; i++) {
                registeredWhileDown.add(register("Registered During The Outage " + i, "BE"));
            }
        } finally {
            broker.start();
        }

        try (TopicProbe orderTopic = TopicProbe.reading(ORDER_TOPIC);
                TopicProbe organisationTopic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = orderTopic.awaitRecords(
                    r -> aggregates.contains(r.key()), aggregates.size() * changesPerAggregate, Duration.ofSeconds(60));
            Map<String, List<Integer>> sequencesByAggregate = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, Collectors.mapping(OutboxTest::sequenceOf, Collectors.toList())));
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, changesPerAggregate).boxed().toList();
            for (String aggregate : aggregates) {
                assertThat(distinctInOrder(sequencesByAggregate.get(aggregate))).isEqualTo(expected);
            }
            assertThat(organisationTopic.awaitRecords(r -> registeredWhileDown.contains(r.key()), 3,
                    Duration.ofSeconds(60))).extracting(ConsumerRecord::key).containsAll(registeredWhileDown);
        }
    }

    /** At-least-once may repeat an event; a repeat never goes back in the sequence. */
    private static List<Integer> distinctInOrder(List<Integer> sequences) {
        List<Integer> distinct = new ArrayList<>();
        for (Integer sequence : sequences) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(sequence)) {
                distinct.add(sequence);
            }
        }
        return distinct;
    }

    private static int sequenceOf(ConsumerRecord<String, String> record) {
        return Integer.parseInt(record.value().replaceAll("\\D", ""));
    }

    private static String register(String name, String country) {
        return given().auth().oauth2(TestTokens.person())
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "SME", "country", country, "competences", List.of("logistics")))
                .when().post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }
}
