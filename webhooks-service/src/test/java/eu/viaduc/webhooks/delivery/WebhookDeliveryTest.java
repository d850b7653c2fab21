package eu.viaduc.webhooks.delivery;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;
import eu.viaduc.webhooks.delivery.Receiver.Received;

/** A partner site's callback gets the public events it subscribed to: signed, at least once, in order per aggregate. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String TOPIC = "viaduc.members.organisations";
    private static final String REGISTERED = "eu.viaduc.members.organisation.registered.v2";
    private static final String UPDATED = "eu.viaduc.members.organisation.updated.v2";
    private static final String DELETED = "eu.viaduc.members.organisation.deleted.v1";
    private static final String ERASED = "eu.viaduc.members.organisation.erased.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPartnerGetsEverySubscribedEventSignedAndInOrderPerOrganisationThroughFailures() {
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        try (Receiver receiver = new Receiver()) {
            receiver.useSecret(subscribe(partner, receiver.url(), List.of(REGISTERED, UPDATED)));
            receiver.failNext(2); // the partner's site is down for the first two calls
            UUID atelier = UUID.randomUUID();
            UUID filature = UUID.randomUUID();
            publish(REGISTERED, atelier, 0);
            publish(REGISTERED, filature, 0);
            for (int version = 1; version <= 3; version++) {
                publish(UPDATED, atelier, version);
            }
            publish(DELETED, filature, 1); // not subscribed to
            publish(UPDATED, filature, 2);

            await().atMost(Duration.ofSeconds(30)).until(() -> versionsOf(receiver, atelier).contains(3L)
                    && versionsOf(receiver, filature).contains(2L));
            assertThat(receiver.received()).allSatisfy(request -> {
                assertThat(request.signatureValid()).as("signature of %s", request.id()).isTrue();
                assertThat(request.contentType()).isEqualTo("application/cloudevents+json");
                assertThat(request.event().get("specversion").asText()).isEqualTo("1.0");
                assertThat(request.event().get("id").asText()).isEqualTo(request.id());
                assertThat(request.event().get("type").asText()).isIn(REGISTERED, UPDATED);
            });
            // once or more each, and an organisation's events in the order they happened
            assertThat(versionsOf(receiver, atelier).stream().distinct().toList()).containsExactly(0L, 1L, 2L, 3L);
            assertThat(versionsOf(receiver, atelier)).isSorted();
            assertThat(versionsOf(receiver, filature).stream().distinct().toList()).containsExactly(0L, 2L);
        }
    }

    @Test
    void eventsACallbackKeepsRefusingBecomeDeadLettersThatAReplaySendsAgain() {
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        try (Receiver receiver = new Receiver()) {
            String secret = subscribe(partner, receiver.url(), List.of(REGISTERED));
            receiver.useSecret(secret);
            String subscription = given().auth().oauth2(partner).get("/api/v1/webhooks/subscriptions").then()
                    .statusCode(200).body("secret[0]", equalTo(null)).extract().path("id[0]");
            receiver.failAll(true);
            OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
            UUID atelier = UUID.randomUUID();
            publish(REGISTERED, atelier, 0);

            // (another test's events still on their way may be queued for this subscription too: the atelier's are checked)
            String atelierLetter = "find { it.subject == '" + atelier + "' }";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(partner)
                    .get("/api/v1/webhooks/subscriptions/" + subscription + "/dead-letters").then().statusCode(200)
                    .body(atelierLetter + ".attempts", equalTo(3)).body(atelierLetter + ".lastStatus", equalTo(503)));
            assertThat(versionsOf(receiver, atelier)).isEmpty();

            receiver.failAll(false);
            given().auth().oauth2(partner).contentType(ContentType.JSON).body(Map.of("from", before.toString()))
                    .post("/api/v1/webhooks/subscriptions/" + subscription + "/replays").then().statusCode(202)
                    .body("queued", greaterThanOrEqualTo(1));
            await().atMost(Duration.ofSeconds(30)).until(() -> versionsOf(receiver, atelier).contains(0L));
            assertThat(receiver.received()).allMatch(Received::signatureValid);
            given().auth().oauth2(partner).get("/api/v1/webhooks/subscriptions/" + subscription + "/dead-letters")
                    .then().body("subject", not(hasItem(atelier.toString())));
        }
    }

    @Test
    void anErasedOrganisationsEarlierEventsAreNeverSentAgain() {
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        try (Receiver receiver = new Receiver()) {
            receiver.useSecret(subscribe(partner, receiver.url(), List.of(REGISTERED, ERASED)));
            String subscription = given().auth().oauth2(partner).get("/api/v1/webhooks/subscriptions").then()
                    .extract().path("id[0]");
            OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
            UUID atelier = UUID.randomUUID();
            publish(REGISTERED, atelier, 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(receiver, atelier).contains(REGISTERED));
            publish(ERASED, atelier, 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> typesOf(receiver, atelier).contains(ERASED));

            given().auth().oauth2(partner).contentType(ContentType.JSON).body(Map.of("from", before.toString()))
                    .post("/api/v1/webhooks/subscriptions/" + subscription + "/replays").then().statusCode(202)
                    // other tests' organisations may be in the window: the atelier's own events are checked below
                    .body("queued", greaterThanOrEqualTo(1));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> typesOf(receiver, atelier).stream().filter(ERASED::equals).count() == 2);
            assertThat(typesOf(receiver, atelier)).containsExactly(REGISTERED, ERASED, ERASED);
        }
    }

    @Test
    void aCallbackIntoTheInternalNetworkOrAnUnknownTypeIsRefused() {
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        for (String internal : List.of("http://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data",
                "https://localhost:8443/hook", "http://example.org/hook")) {
            given().auth().oauth2(partner).contentType(ContentType.JSON)
                    .body(Map.of("callbackUrl", internal, "eventTypes", List.of(REGISTERED)))
                    .post("/api/v1/webhooks/subscriptions").then().statusCode(400)
                    .body("violations[0].field", equalTo("callbackUrl"));
        }
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", "https://93.184.216.34/hook",
                        "eventTypes", List.of("eu.viaduc.members.organisation.people-changed.v1")))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(400)
                .body("violations[0].field", equalTo("eventTypes[0]"));
    }

    @Test
    void onlyPartnerAppsSubscribeAndEachSeesOnlyItsOwn() {
        String partner = TestTokens.forRole(Roles.PARTNER_APP);
        Map<String, Object> body = Map.of("callbackUrl", "https://93.184.216.34/hook", "eventTypes", List.of(REGISTERED));
        given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks/subscriptions").then().statusCode(401);
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/webhooks/subscriptions").then().statusCode(403);
        String id = given().auth().oauth2(partner).contentType(ContentType.JSON).body(body)
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201)
                .header("Location", startsWith("http")).extract().path("id");
        String another = TestTokens.forRole(Roles.PARTNER_APP);
        given().auth().oauth2(another).get("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(another).delete("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(partner).delete("/api/v1/webhooks/subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(partner).get("/api/v1/webhooks/subscriptions/" + id).then().statusCode(404);
        given().get("/api/v1/webhooks/event-types").then().statusCode(200)
                .body("", org.hamcrest.Matchers.hasItems(REGISTERED, UPDATED, "eu.viaduc.matchmaking.opportunity.published.v1"));
    }

    private static String subscribe(String partner, String callback, List<String> types) {
        return given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("callbackUrl", callback, "eventTypes", types))
                .post("/api/v1/webhooks/subscriptions").then().statusCode(201)
                .body("secret", startsWith("whsec_")).extract().path("secret");
    }

    private static List<String> typesOf(Receiver receiver, UUID organisation) {
        return receiver.received().stream().filter(r -> r.event().get("subject").asText().equals(organisation.toString()))
                .map(r -> r.event().get("type").asText()).toList();
    }

    private static List<Long> versionsOf(Receiver receiver, UUID organisation) {
        return receiver.received().stream().filter(r -> r.event().get("subject").asText().equals(organisation.toString()))
                .map(r -> r.event().get("data").get("version").asLong()).toList();
    }

    /** An event as members-service's outbox publishes it; the data starts from its schema's example. */
    private static void publish(String type, UUID organisation, long version) {
        ObjectNode data = schemaExample(type);
        data.put("organisationId", organisation.toString());
        data.put("version", version);
        ProducerRecord<String, String> record = KafkaCloudEvents.toRecord(TOPIC, new CloudEvent(UUID.randomUUID().toString(),
                "/viaduc/members-service", type, organisation.toString(), OffsetDateTime.now(), data.toString()));
        TopicProbe.send(record);
    }

    private static ObjectNode schemaExample(String type) {
        try (InputStream in = WebhookDeliveryTest.class.getClassLoader()
                .getResourceAsStream("event-schemas/" + type + ".schema.json")) {
            return (ObjectNode) JSON.readTree(in).get("examples").get(0).deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
