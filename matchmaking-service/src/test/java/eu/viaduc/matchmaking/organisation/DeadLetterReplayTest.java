package eu.viaduc.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * An event dead-lettered because of a fault of this service (here its table went missing) is not
 * lost: once the fault is fixed, an operator replays the dead-letter topic and the event is applied.
 */
@QuarkusTest
class DeadLetterReplayTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aDeadLetteredEventIsAppliedWhenAnOperatorReplaysTheTopicAfterTheFix() {
        UUID id = UUID.randomUUID();
        String competence = "replayed-" + id;
        String admin = TestTokens.forRole(Roles.PLATFORM_ADMIN);
        try (TopicProbe deadLetters = TopicProbe.reading("viaduc.matchmaking.dead-letter")) {
            sql("alter table organisation_profile rename to organisation_profile_misplaced");
            try {
                TopicProbe.send(MembersEventFixtures.registered(UUID.randomUUID().toString(),
                        MembersEventFixtures.registeredData(id, "Replayed Later SL", List.of(competence))));
                ConsumerRecord<String, String> failed = deadLetters.awaitRecord(r -> id.toString().equals(r.key()),
                        Duration.ofSeconds(30));
                assertThat(TopicProbe.header(failed, "dead-letter-reason")).contains("failed 3 times");
            } finally {
                sql("alter table organisation_profile_misplaced rename to organisation_profile");
            }
        }
        given().when().post("/ops/dead-letters/replay").then().statusCode(401);
        given().auth().oauth2(admin).when().post("/ops/dead-letters/replay").then().statusCode(200)
                .body("replayed", greaterThanOrEqualTo(1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(TestTokens.person())
                .queryParam("competence", competence).when().get("/api/v1/candidates")
                .then().statusCode(200).body("total", equalTo(1)));
        // a second replay starts where the first stopped: nothing is applied twice
        given().auth().oauth2(admin).when().post("/ops/dead-letters/replay").then().statusCode(200);
        given().auth().oauth2(TestTokens.person()).queryParam("competence", competence).when().get("/api/v1/candidates")
                .then().body("total", equalTo(1));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
