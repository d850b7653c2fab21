package eu.viaduc.matchmaking.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.platform.inbox.Inbox;
import eu.viaduc.testing.PostgresTestDatabase;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * A consumer whose database goes down waits for it: events that arrive meanwhile are retried for as
 * long as the outage lasts (here some 20 s), then applied; none is lost, none is dead-lettered.
 */
@QuarkusTest
class ConsumerOutageTest {

    private static final String DEAD_LETTER_TOPIC = "viaduc.matchmaking.dead-letter";

    @Inject
    Inbox inbox;

    @Test
    void eventsArrivingWhileTheDatabaseIsDownAreAppliedOnceItIsBackAndNoneIsDeadLettered() {
        String competence = "outage-proof-" + UUID.randomUUID();
        List<String> eventIds = new ArrayList<>();
        long retriesBefore = inbox.transientRetries();
        try (TopicProbe deadLetters = TopicProbe.reading(DEAD_LETTER_TOPIC);
                var outage = PostgresTestDatabase.outage("viaduc_matchmaking_test")) {
            for (int i = 0; i < 20; i++) {
                String eventId = UUID.randomUUID().toString();
                eventIds.add(eventId);
                TopicProbe.send(MembersEventFixtures.registered(eventId, MembersEventFixtures.registeredData(UUID.randomUUID(),
                        "Outage " + i + " Ltd", List.of(competence))));
            }
            // the outage lasts while the consumer retries with growing pauses: 8 retries take some 20 s
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> inbox.transientRetries() - retriesBefore >= 8);
            outage.close();
            Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .auth().oauth2(TestTokens.person()).queryParam("competence", competence)
                    .when().get("/api/v1/candidates").then().statusCode(200).body("total", equalTo(20)));
            assertThat(deadLetters.readToEnd()).noneMatch(record -> eventIds.stream().anyMatch(id ->
                    id.equals(TopicProbe.header(record, "ce_id"))));
            // operators see it: retries of transient failures, and events applied, in /q/metrics
            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("viaduc_inbox_retries_total{kind=\"transient\",topic=\"viaduc.members.organisations\"}",
                    "viaduc_inbox_applied_total", "kafka_consumer_fetch_manager_records_lag");
        }
    }
}
