package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.affiliation.events.AffiliationEvents;
import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.testing.KafkaBroker;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * Erasure leaves no trace: the stored replay of the registration goes, and events about the
 * organisation that were still waiting in the outbox (here, while the broker was down) never go out;
 * only the erasure's own events do.
 */
@QuarkusTest
class ErasureCompletenessTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anErasureForgetsTheStoredReplayAndTheUnpublishedEventsAndPublishesOnlyItsOwn() {
        String owner = TestTokens.person();
        String name = "Unpublished Secrets " + UUID.randomUUID();
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", name, "type", "MICRO", "country", "BE"))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String renamed = "Renamed While Offline " + UUID.randomUUID();
        try (TopicProbe organisations = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            organisations.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(30));
            KafkaBroker.shared().stop();
            try {
                given().auth().oauth2(owner).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(Map.of("name", renamed, "type", "MICRO", "country", "BE"))
                        .when().put("/api/v1/organisations/" + id).then().statusCode(200);
                assertThat(outboxTypesAbout(id, false)).contains(OrganisationEvents.UPDATED_V2);

                given().auth().oauth2(owner).when().post("/api/v1/organisations/" + id + "/erasure").then().statusCode(204);
                // and the tombstone that makes compaction drop the organisation's records from the topic
                assertThat(outboxTypesAbout(id, true)).containsExactly(AffiliationEvents.PEOPLE_CHANGED_V1,
                        OrganisationEvents.ERASED_V1, "tombstone");
                assertThat(rowsMentioning(name) + rowsMentioning(renamed)).isZero();
            } finally {
                KafkaBroker.shared().start();
            }
            ConsumerRecord<String, String> erased = organisations.awaitRecord(r -> id.equals(r.key())
                    && OrganisationEvents.ERASED_V1.equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(60));
            assertThat(erased).isNotNull();
            ConsumerRecord<String, String> tombstone = organisations.awaitRecord(r -> id.equals(r.key()) && r.value() == null,
                    Duration.ofSeconds(30));
            assertThat(tombstone.offset()).isGreaterThan(erased.offset());
            // An update the relay had already handed to the Kafka producer before the broker went down
            // cannot be called back: the producer delivers it when the broker returns. It always lands
            // before the erasure and its tombstone (one aggregate's rows go out in order), so compaction
            // removes it; the outbox and the database kept nothing of it (asserted above).
            List<ConsumerRecord<String, String>> all = organisations.readToEnd();
            assertThat(all).filteredOn(r -> r.value() != null && r.value().contains(renamed))
                    .allMatch(r -> r.offset() < erased.offset());
        }
    }

    /** The outbox rows about the organisation, in order; all of them, or only the unpublished ones. */
    private List<String> outboxTypesAbout(String id, boolean all) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> types = entityManager.createNativeQuery("select type from outbox_event where subject = ?1"
                    + (all ? "" : " and published_at is null") + " order by position", String.class)
                    .setParameter(1, id).getResultList();
            return types;
        });
    }

    private long rowsMentioning(String text) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                select (select count(*) from organisation o where o::text like ?1)
                     + (select count(*) from idempotency_record i where i::text like ?1)
                     + (select count(*) from outbox_event e where e::text like ?1)""")
                .setParameter(1, "%" + text + "%").getSingleResult()).longValue());
    }
}
