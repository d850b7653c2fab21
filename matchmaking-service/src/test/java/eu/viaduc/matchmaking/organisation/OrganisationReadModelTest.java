package eu.viaduc.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.matchmaking.organisation.events.MembersOrganisationEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** The organisation read model, fed through the real broker. */
@QuarkusTest
class OrganisationReadModelTest {

    private static final String DEAD_LETTER_TOPIC = "viaduc.matchmaking.dead-letter";

    @Inject
    EventSchemas schemas;
    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void aRegisteredOrganisationBecomesACandidateForItsCompetences() {
        UUID id = UUID.randomUUID();
        String competence = "ultrasonic-welding-" + id;
        ObjectNode data = MembersEventFixtures.registeredData(id, "Plovdiv Seamless EOOD", List.of(competence, "laser-cutting"));
        assertThat(schemas.violations(MembersOrganisationEvents.REGISTERED_V2, data.toString())).isEmpty();

        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));

        awaitCandidates(competence.toUpperCase(), 1);
        given().auth().oauth2(TestTokens.person())
                .queryParam("competence", competence)
                .when().get("/api/v1/candidates")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].organisationId", equalTo(id.toString()))
                .body("items[0].name", equalTo("Plovdiv Seamless EOOD"))
                .body("items[0].country", equalTo("BG"))
                .body("items[0].competences", contains(competence, "laser-cutting"));
    }

    @Test
    void theConsumerContinuesTheTraceOfTheChangeThatPublishedTheEvent() {
        UUID id = UUID.randomUUID();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        var event = MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(id, "Traced Consumer SRL", List.of("traced-" + id)));
        eu.viaduc.platform.events.TraceContext.addTo(event.headers(), "00-" + traceId + "-0123456789abcdef-01", "req-traced");
        TopicProbe.send(event);
        awaitCandidates("traced-" + id, 1);
        String applied = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select trace_id from inbox_event where id = ?1")
                .setParameter(1, new String(event.headers().lastHeader("ce_id").value(), java.nio.charset.StandardCharsets.UTF_8))
                .getSingleResult());
        assertThat(applied).isEqualTo(traceId);
    }

    @Test
    void anEventDeliveredTwiceChangesTheReadModelOnce() {
        UUID id = UUID.randomUUID();
        String competence = "digital-pattern-grading-" + id;
        var event = MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(id, "Twice Delivered SRL", List.of(competence)));

        TopicProbe.send(event);
        TopicProbe.send(event);
        // Same partition: once this later event is applied, both copies were handled.
        UUID laterId = TopicProbe.keyOnSamePartitionAs(id.toString());
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(laterId, "Later SRL", List.of(competence + "-later"))));
        awaitCandidates(competence + "-later", 1);

        given().auth().oauth2(TestTokens.person())
                .queryParam("competence", competence)
                .when().get("/api/v1/candidates")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(TestTokens.person())
                .when().get("/api/v1/competences/{competence}/supply", competence)
                .then().statusCode(200).body("organisations", equalTo(1));
        try (TopicProbe deadLetters = TopicProbe.reading(DEAD_LETTER_TOPIC)) {
            assertThat(deadLetters.readToEnd()).noneMatch(r -> r.value() != null && r.value().contains(id.toString()));
        }
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheirReasonAndLaterMessagesStillFlow() {
        String key = UUID.randomUUID().toString();
        TopicProbe.send(MembersEventFixtures.withoutCloudEventHeaders(key, "{\"not\": \"an event\"}"));
        // every record of this test on one partition: the poison ones must not block the good one
        UUID badId = TopicProbe.keyOnSamePartitionAs(key);
        ObjectNode badData = MembersEventFixtures.registeredData(badId, "Bad Country Ltd", List.of("x"));
        badData.put("country", "Bulgaria");
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), badData));

        UUID goodId = TopicProbe.keyOnSamePartitionAs(key);
        String competence = "after-the-poison-" + goodId;
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(goodId, "Healthy Ltd", List.of(competence))));
        awaitCandidates(competence, 1);

        try (TopicProbe deadLetters = TopicProbe.reading(DEAD_LETTER_TOPIC)) {
            ConsumerRecord<String, String> notAnEvent = deadLetters.awaitRecord(r -> key.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(notAnEvent, "dead-letter-reason")).contains("ce_id is missing");
            ConsumerRecord<String, String> breaksSchema = deadLetters.awaitRecord(r -> badId.toString().equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(breaksSchema, "dead-letter-reason")).contains("breaks its schema")
                    .contains("country");
        }
    }

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredWhileLaterEventsFlow() {
        UUID id = UUID.randomUUID();
        String competence = "first-registration-" + id;
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(id, "Registered Once AB", List.of(competence))));
        awaitCandidates(competence, 1);

        // A second registration of the same organisation under another event id contradicts
        // the read model: applying it fails every time.
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(id, "Registered Twice AB", List.of(competence + "-twice"))));
        UUID laterId = TopicProbe.keyOnSamePartitionAs(id.toString());
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(laterId, "Still Flowing AB", List.of("still-flowing-" + laterId))));
        awaitCandidates("still-flowing-" + laterId, 1);

        try (TopicProbe deadLetters = TopicProbe.reading(DEAD_LETTER_TOPIC)) {
            ConsumerRecord<String, String> failed = deadLetters.awaitRecord(
                    r -> id.toString().equals(r.key()) && r.value().contains("Registered Twice AB"), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(failed, "dead-letter-reason")).contains("failed 3 times");
        }
        given().auth().oauth2(TestTokens.person())
                .queryParam("competence", competence)
                .when().get("/api/v1/candidates")
                .then().statusCode(200).body("items[0].name", equalTo("Registered Once AB"));
    }

    /**
     * A burst arrives in one poll and is applied as one batch: every event once (some are delivered twice
     * within the burst), and one that keeps failing is set aside alone while the rest of its batch is applied.
     */
    @Test
    void aBurstIsAppliedOnceEachAndItsFailingEventIsSetAsideAlone() {
        UUID twice = UUID.randomUUID();
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(twice, "Burst Once AB", List.of("burst-once-" + twice))));
        awaitCandidates("burst-once-" + twice, 1);

        String competence = "burst-" + UUID.randomUUID();
        List<org.apache.kafka.clients.producer.ProducerRecord<String, String>> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var event = MembersEventFixtures.registered(UUID.randomUUID().toString(),
                    MembersEventFixtures.registeredData(UUID.randomUUID(), "Burst " + i + " AB", List.of(competence)));
            burst.add(event);
            if (i % 4 == 0) {
                burst.add(event); // delivered twice
            }
            if (i == 20) {
                // a second registration of an organisation the model holds: applying it fails every time
                burst.add(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                        MembersEventFixtures.registeredData(twice, "Burst Twice AB", List.of("burst-twice-" + twice))));
            }
        }
        TopicProbe.sendAll(burst);

        awaitCandidates(competence, 40);
        supplyIs(competence, 40);
        try (TopicProbe deadLetters = TopicProbe.reading(DEAD_LETTER_TOPIC)) {
            ConsumerRecord<String, String> failed = deadLetters.awaitRecord(
                    r -> twice.toString().equals(r.key()) && r.value().contains("Burst Twice AB"), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(failed, "dead-letter-reason")).contains("failed 3 times");
            assertThat(TopicProbe.header(failed, "dead-letter-topic")).isEqualTo(MembersOrganisationEvents.TOPIC);
        }
        awaitCandidates("burst-twice-" + twice, 0);
    }

    @Test
    void updatesAndDeletionsKeepTheReadModelInStepAndOvertakenVersionsAreIgnored() {
        UUID id = UUID.randomUUID();
        String before = "hand-weaving-" + id;
        String after = "jacquard-weaving-" + id;
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(id, "Changing SRL", List.of(before))));
        TopicProbe.send(MembersEventFixtures.updated(id, 2, "Changed SRL", List.of(after)));
        // version 1 arrives late, after version 2: it must not undo the newer profile
        TopicProbe.send(MembersEventFixtures.updated(id, 1, "Overtaken SRL", List.of(before)));
        // Same partition: once the marker is applied, every event above has been handled.
        UUID marker = TopicProbe.keyOnSamePartitionAs(id.toString());
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(marker, "Marker SRL", List.of("marker-" + marker))));
        awaitCandidates("marker-" + marker, 1);

        given().auth().oauth2(TestTokens.person()).queryParam("competence", after)
                .when().get("/api/v1/candidates")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Changed SRL"));
        awaitCandidates(before, 0);
        supplyIs(before, 0);
        supplyIs(after, 1);

        TopicProbe.send(MembersEventFixtures.deleted(id, 3));
        awaitCandidates(after, 0);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> supplyIs(after, 0));
    }

    @Test
    void anUpdateOfAnUnknownOrganisationAddsItButNotOnceItWasDeleted() {
        UUID missed = UUID.randomUUID();
        String competence = "missed-registration-" + missed;
        // its registration never reached this model: the update carries the whole profile
        TopicProbe.send(MembersEventFixtures.updated(missed, 4, "Missed Registration SRL", List.of(competence)));
        awaitCandidates(competence, 1);
        supplyIs(competence, 1);

        TopicProbe.send(MembersEventFixtures.deleted(missed, 5));
        awaitCandidates(competence, 0);
        // a late, older update must not bring a deleted organisation back
        TopicProbe.send(MembersEventFixtures.updated(missed, 4, "Missed Registration SRL", List.of(competence)));
        UUID marker = TopicProbe.keyOnSamePartitionAs(missed.toString());
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(marker, "Marker SRL", List.of("marker-" + marker))));
        awaitCandidates("marker-" + marker, 1);
        awaitCandidates(competence, 0);
    }

    @Test
    void aV1RegistrationFromBeforeV2StillBecomesACandidate() {
        UUID id = UUID.randomUUID();
        String competence = "legacy-" + id;
        ObjectNode data = MembersEventFixtures.registeredV1Data(id, "Old Offset Oy", List.of(competence));
        assertThat(schemas.violations(MembersOrganisationEvents.REGISTERED_V1, data.toString())).isEmpty();

        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));

        awaitCandidates(competence, 1);
    }

    @Test
    void aNeedInFreeWordsFindsTheKeywordsOfAProfile() {
        UUID id = UUID.randomUUID();
        String keyword = "Capsule Collections " + id;
        ObjectNode data = MembersEventFixtures.registeredData(id, "Keyword Studio EOOD", List.of("pattern-making"));
        data.putPOJO("keywords", List.of(keyword));

        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));

        awaitCandidates(keyword.toLowerCase(), 1);
        supplyIs(keyword, 1);
    }

    @Test
    void anErasedOrganisationIsForgottenAndAReplayedRegistrationDoesNotBringItBack() {
        UUID id = UUID.randomUUID();
        String competence = "erasable-" + id;
        ObjectNode data = MembersEventFixtures.registeredData(id, "Forget Me EOOD", List.of(competence));
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));
        awaitCandidates(competence, 1);

        TopicProbe.send(MembersEventFixtures.erased(id, 1));
        awaitCandidates(competence, 0);
        supplyIs(competence, 0);

        // an old registration replayed (say, a consumer reset to an earlier offset) comes back as a new delivery
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(), data));
        UUID marker = TopicProbe.keyOnSamePartitionAs(id.toString());
        TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                MembersEventFixtures.registeredData(marker, "Marker EOOD", List.of("marker-" + marker))));
        awaitCandidates("marker-" + marker, 1);
        awaitCandidates(competence, 0);
    }

    private static void supplyIs(String competence, int organisations) {
        given().auth().oauth2(TestTokens.person())
                .when().get("/api/v1/competences/{competence}/supply", competence)
                .then().statusCode(200).body("organisations", equalTo(organisations));
    }

    private static void awaitCandidates(String competence, int total) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.forRole(Roles.PARTNER_APP))
                .queryParam("competence", competence)
                .when().get("/api/v1/candidates")
                .then().statusCode(200).body("total", equalTo(total)));
    }
}
