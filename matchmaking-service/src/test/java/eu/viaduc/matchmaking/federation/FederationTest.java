package eu.viaduc.matchmaking.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import eu.viaduc.matchmaking.federation.events.FederationInbound;
import eu.viaduc.matchmaking.federation.events.FederationSourceEvents;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.platform.federation.FederationDeadLetters;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * Opportunities from other EU platforms through the real broker: registered sources only, each event
 * checked against its schema and applied once, provenance kept and shown, updates and withdrawals from
 * the same source only, refusals on the source's own dead-letter topic with the reason.
 */
@QuarkusTest
class FederationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aRegisteredPlatformsOpportunityIsPublishedOnceWithItsProvenanceAndOnlyThatPlatformChangesIt() throws Exception {
        String marker = "fed" + UUID.randomUUID().toString().substring(0, 8);
        String alpha = register("alpha-" + marker.substring(3));
        String beta = register("beta-" + marker.substring(3));
        String originalId = "ps-" + marker;

        ProducerRecord<String, String> first = published(alpha, originalId, "Circular textiles " + marker);
        TopicProbe.send(first);
        JsonPath found = awaitFound(marker, 1);
        assertThat(found.getString("items[0].provenance.platform")).isEqualTo("alpha-" + marker.substring(3));
        assertThat(found.getString("items[0].provenance.originalId")).isEqualTo(originalId);
        assertThat(found.getString("items[0].provenance.originalUrl")).isEqualTo("https://" + alpha + "/o/" + originalId);
        assertThat(found.getString("items[0].provenance.organisationName")).isEqualTo("Clúster Tèxtil");
        String id = found.getString("items[0].id");

        TopicProbe.send(first); // the same event again: applied once
        TopicProbe.send(published(beta, originalId, "Circular textiles " + marker + " beta")); // same id, other platform
        JsonPath both = awaitFound(marker, 2);
        assertThat(both.getList("items.provenance.platform")).containsExactlyInAnyOrder("alpha-" + marker.substring(3),
                "beta-" + marker.substring(3));

        TopicProbe.send(published(alpha, originalId, "Circular textiles revised " + marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> "Circular textiles revised %s".formatted(marker)
                .equals(given().get("/api/v1/opportunities/" + id).then().extract().path("title")));
        given().get("/api/v1/opportunities/" + id).then().body("status", equalTo("PUBLISHED"));

        TopicProbe.send(withdrawn(beta, originalId)); // beta withdraws its own, never alpha's
        awaitFound(marker, 1);
        given().get("/api/v1/opportunities/" + id).then().body("status", equalTo("PUBLISHED"));
        TopicProbe.send(withdrawn(alpha, originalId));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED"
                .equals(given().get("/api/v1/opportunities/" + id).then().extract().path("status")));
        // nobody here can act for a partner's opportunity
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body(Map.of("reason", "mine now"))
                .post("/api/v1/opportunities/" + id + "/closure").then().statusCode(403);
    }

    @Test
    void whatBreaksTheSchemaOrTheRulesOrComesFromAnUnknownSourceIsSetAsideWithTheReason() throws Exception {
        String marker = "bad" + UUID.randomUUID().toString().substring(0, 8);
        String gamma = register("gamma-" + marker.substring(3));
        try (TopicProbe gammaDeadLetters = TopicProbe.reading(FederationDeadLetters.PREFIX + "gamma-" + marker.substring(3));
                TopicProbe unregistered = TopicProbe.reading(FederationDeadLetters.PREFIX + FederationDeadLetters.UNREGISTERED)) {
            Map<String, Object> noTexts = opportunity("x-" + marker, "whatever", gamma);
            noTexts.remove("texts");
            TopicProbe.send(record(gamma, FederationInbound.PUBLISHED_V1, "x-" + marker, noTexts));
            Map<String, Object> unknownCompetence = opportunity("y-" + marker, "Unknown competence " + marker, gamma);
            unknownCompetence.put("requiredCompetences", List.of("basket-weaving"));
            TopicProbe.send(record(gamma, FederationInbound.PUBLISHED_V1, "y-" + marker, unknownCompetence));
            TopicProbe.send(published("nobody.example.org", "z-" + marker, "From nowhere " + marker));

            List<ConsumerRecord<String, String>> refused = gammaDeadLetters.awaitRecords(r -> true, 2, Duration.ofSeconds(30));
            assertThat(refused).extracting(r -> TopicProbe.header(r, "dead-letter-reason"))
                    .anySatisfy(reason -> assertThat(reason).contains("texts"))
                    .anySatisfy(reason -> assertThat(reason).contains("requiredCompetences[0]").contains("basket-weaving"));
            ConsumerRecord<String, String> stranger = unregistered.awaitRecord(r -> r.key().equals("z-" + marker),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(stranger, "dead-letter-reason")).contains("https://nobody.example.org")
                    .contains("not a registered platform");
        }
        given().get("/api/v1/opportunities?q=" + marker).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRegistrationIsPublishedForMembersServiceAndClusterProfilesOnTheTopicAreLeftToIt() throws Exception {
        String id = "delta-" + UUID.randomUUID().toString().substring(0, 8);
        try (TopicProbe sources = TopicProbe.reading(FederationSourceEvents.TOPIC);
                TopicProbe refused = TopicProbe.reading(FederationDeadLetters.PREFIX + id)) {
            String host = register(id);
            ConsumerRecord<String, String> registration = sources.awaitRecord(r -> r.key().equals(id), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(registration, "ce_type")).isEqualTo(FederationSourceEvents.REGISTERED_V1);
            assertThat(registration.value()).contains("https://" + host, "Platform " + id);

            String key = "c-" + id;
            TopicProbe.send(record(host, "eu.viaduc.federation.cluster.published.v1", key, Map.of("originalId", key)));
            // then, on the same partition, a type nobody takes: refused here, so the cluster record was passed by
            TopicProbe.send(record(host, "eu.viaduc.federation.opportunity.renamed.v1", key, Map.of("originalId", key)));
            ConsumerRecord<String, String> unknown = refused.awaitRecord(r -> r.key().equals(key), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(unknown, "ce_type")).isEqualTo("eu.viaduc.federation.opportunity.renamed.v1");
            assertThat(refused.readToEnd()).filteredOn(r -> r.key().equals(key)).as("the cluster profile is not refused here")
                    .hasSize(1);
        }
    }

    @Test
    void onlyPlatformAdminsRegisterPlatforms() {
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON)
                .body(Map.of("name", "Sneaky", "sourceUri", "https://sneaky.example"))
                .put("/api/v1/federation/sources/sneaky").then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Bad id", "sourceUri", "https://bad.example"))
                .put("/api/v1/federation/sources/Bad_Id").then().statusCode(400);
    }

    /** Registers a platform; returns the host of its source URI. */
    private static String register(String id) {
        String host = id + ".partners.example";
        given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Platform " + id, "sourceUri", "https://" + host, "website", "https://" + host))
                .put("/api/v1/federation/sources/" + id).then().statusCode(200)
                .body("deadLetterTopic", equalTo("viaduc.federation.dead-letter." + id));
        return host;
    }

    private static JsonPath awaitFound(String marker, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/opportunities?q=" + marker)
                .then().extract().<Integer>path("total") == count);
        return given().get("/api/v1/opportunities?q=" + marker).then().extract().jsonPath();
    }

    private static ProducerRecord<String, String> published(String host, String originalId, String title) throws Exception {
        return record(host, FederationInbound.PUBLISHED_V1, originalId, opportunity(originalId, title, host));
    }

    private static ProducerRecord<String, String> withdrawn(String host, String originalId) throws Exception {
        return record(host, FederationInbound.WITHDRAWN_V1, originalId, Map.of("originalId", originalId, "reason", "Consortium complete"));
    }

    private static Map<String, Object> opportunity(String originalId, String title, String host) {
        Map<String, Object> data = new java.util.HashMap<>();
        data.put("originalId", originalId);
        data.put("originalUrl", "https://" + host + "/o/" + originalId);
        data.put("organisation", Map.of("name", "Clúster Tèxtil", "country", "ES"));
        data.put("type", "PARTNER_SEARCH");
        data.put("originalLanguage", "en");
        data.put("texts", Map.of("en", Map.of("title", title, "description", "We seek recyclers and pattern makers.")));
        data.put("requiredCompetences", List.of("textile-recycling", "pattern-making"));
        data.put("keywords", List.of("circular"));
        data.put("naceCodes", List.of("13.10"));
        data.put("countriesSought", List.of());
        data.put("deadline", LocalDate.now().plusMonths(4).toString());
        return data;
    }

    private static ProducerRecord<String, String> record(String host, String type, String originalId, Map<String, Object> data)
            throws Exception {
        ProducerRecord<String, String> record = KafkaCloudEvents.toRecord(FederationInbound.TOPIC, new CloudEvent(
                UUID.randomUUID().toString(), "https://" + host, type, originalId, OffsetDateTime.now(),
                MAPPER.writeValueAsString(data)));
        return new ProducerRecord<>(record.topic(), null, originalId, record.value(), record.headers());
    }
}
