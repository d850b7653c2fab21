package eu.viaduc.members.federation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.cluster.events.ClusterEvents;
import eu.viaduc.members.federation.events.FederationSourceEvents;
import eu.viaduc.members.federation.events.PartnerClusterInbound;
import eu.viaduc.members.federation.service.ApplyPartnerClusters;
import eu.viaduc.platform.events.CloudEvent;
import eu.viaduc.platform.events.KafkaCloudEvents;
import eu.viaduc.platform.federation.FederationDeadLetters;
import eu.viaduc.platform.federation.FederationGate;
import eu.viaduc.testing.TopicProbe;

/**
 * Cluster profiles from other EU platforms through the real broker: the platforms matchmaking registered
 * only, each event checked against its schema and by the cluster rules and applied once, shown on the map
 * with where it comes from, changed or withdrawn by its own platform only, and managed there: nobody here
 * edits it, enrols in it or appoints its managers. Refusals go to the source's dead-letter topic.
 */
@QuarkusTest
class PartnerClusterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void aRegisteredPlatformsClusterIsShownOnceWithItsProvenanceAndOnlyThatPlatformChangesIt() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String alpha = registered("alpha-" + marker);
        String beta = registered("beta-" + marker);
        String originalId = "cl-" + marker;
        UUID id = ApplyPartnerClusters.clusterId("alpha-" + marker, originalId);

        try (TopicProbe clusterEvents = TopicProbe.reading(ClusterEvents.TOPIC)) {
            ProducerRecord<String, String> first = published(alpha, originalId, "Clúster Tèxtil " + marker);
            TopicProbe.send(first);
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/clusters/" + id).statusCode() == 200);
            given().get("/api/v1/clusters/" + id).then().body("name", equalTo("Clúster Tèxtil " + marker))
                    .body("country", equalTo("ES")).body("naceCodes", equalTo(List.of("C13")))
                    .body("provenance.platform", equalTo("alpha-" + marker))
                    .body("provenance.platformName", equalTo("Platform alpha-" + marker))
                    .body("provenance.originalId", equalTo(originalId))
                    .body("provenance.originalUrl", equalTo("https://" + alpha + "/clusters/" + originalId));
            ConsumerRecord<String, String> registered = clusterEvents.awaitRecord(r -> r.key().equals(id.toString()),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(registered, "ce_type")).isEqualTo(ClusterEvents.REGISTERED_V2);
            assertThat(registered.value()).contains(originalId, "Platform alpha-" + marker);

            TopicProbe.send(first); // the same event again: applied once
            TopicProbe.send(published(beta, originalId, "Beta's own " + marker)); // same original id, other platform
            TopicProbe.send(published(alpha, originalId, "Clúster Tèxtil revised " + marker));
            await().atMost(Duration.ofSeconds(30)).until(() -> ("Clúster Tèxtil revised " + marker)
                    .equals(given().get("/api/v1/clusters/" + id).then().extract().path("name")));
            given().get("/api/v1/clusters/" + id).then().header("ETag", equalTo("\"1\""));
            UUID betas = ApplyPartnerClusters.clusterId("beta-" + marker, originalId);
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/clusters/" + betas).statusCode() == 200);
            given().get("/api/v1/clusters?country=ES&size=100").then()
                    .body("items.find { it.id == '" + betas + "' }.provenance.platform", equalTo("beta-" + marker));

            // managed on its platform: no edit, member, alliance or manager here, whoever asks
            given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(profile("Taken over")).put("/api/v1/clusters/" + id)
                    .then().statusCode(409).body("detail", containsString("Platform alpha-" + marker));
            UUID organisation = MembersApi.organisation("Hilaturas " + marker, "SME", "ES");
            given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("organisationId", organisation.toString(), "clusterId", id.toString()))
                    .post("/api/v1/memberships").then().statusCode(409);
            UUID alliance = MembersApi.alliance("Alliance " + marker, List.of());
            given().auth().oauth2(MembersApi.ADMIN).put("/api/v1/alliances/" + alliance + "/clusters/" + id)
                    .then().statusCode(409);
            given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("email", "manager@example.org")).post("/api/v1/clusters/" + id + "/managers/invitations")
                    .then().statusCode(409);

            TopicProbe.send(withdrawn(beta, originalId)); // beta withdraws its own, never alpha's
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/clusters/" + betas).statusCode() == 404);
            given().get("/api/v1/clusters/" + id).then().statusCode(200);
            TopicProbe.send(withdrawn(alpha, originalId));
            await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/clusters/" + id).statusCode() == 404);
            ConsumerRecord<String, String> gone = clusterEvents.awaitRecord(
                    r -> r.key().equals(id.toString()) && ClusterEvents.WITHDRAWN_V1.equals(TopicProbe.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(gone.value()).contains(originalId, "alpha-" + marker);
        }
    }

    @Test
    void whatBreaksTheSchemaOrTheRulesOrComesFromAnUnknownSourceIsSetAsideWithTheReason() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String gamma = registered("gamma-" + marker);
        try (TopicProbe gammaDeadLetters = TopicProbe.reading(FederationDeadLetters.PREFIX + "gamma-" + marker);
                TopicProbe unregistered = TopicProbe.reading(FederationDeadLetters.PREFIX + FederationDeadLetters.UNREGISTERED)) {
            Map<String, Object> noProfile = cluster("x-" + marker, "whatever", gamma);
            noProfile.remove("profile");
            TopicProbe.send(record(gamma, PartnerClusterInbound.PUBLISHED_V1, "x-" + marker, noProfile));
            Map<String, Object> wrongRegion = cluster("y-" + marker, "Wrong region " + marker, gamma);
            Map<String, Object> inFrance = new HashMap<>(profile("Wrong region " + marker));
            inFrance.put("nutsRegion", "FR10");
            wrongRegion.put("profile", inFrance);
            TopicProbe.send(record(gamma, PartnerClusterInbound.PUBLISHED_V1, "y-" + marker, wrongRegion));
            TopicProbe.send(published("nobody-" + marker + ".example.org", "z-" + marker, "From nowhere " + marker));

            List<ConsumerRecord<String, String>> refused = gammaDeadLetters.awaitRecords(r -> true, 2, Duration.ofSeconds(30));
            assertThat(refused).extracting(r -> TopicProbe.header(r, "dead-letter-reason"))
                    .anySatisfy(reason -> assertThat(reason).contains("required property 'profile'"))
                    .anySatisfy(reason -> assertThat(reason).contains("profile.nutsRegion").contains("not in ES"));
            ConsumerRecord<String, String> stranger = unregistered.awaitRecord(r -> r.key().equals("z-" + marker),
                    Duration.ofSeconds(30));
            assertThat(TopicProbe.header(stranger, "dead-letter-reason")).contains("nobody-" + marker)
                    .contains("not a registered platform");
        }
        given().get("/api/v1/clusters/" + ApplyPartnerClusters.clusterId("gamma-" + marker, "y-" + marker))
                .then().statusCode(404).body("provenance", nullValue());
    }

    /** Registers a platform as matchmaking would publish it, and waits until this service knows it; returns its host. */
    private String registered(String id) throws Exception {
        String host = id + ".partners.example";
        String data = MAPPER.writeValueAsString(Map.of("sourceId", id, "name", "Platform " + id, "sourceUri", "https://" + host,
                "website", "https://" + host, "registeredAt", "2026-12-01T09:00:00Z", "changedAt", "2026-12-01T09:00:00Z"));
        TopicProbe.send(KafkaCloudEvents.toRecord(FederationSourceEvents.TOPIC, new CloudEvent(UUID.randomUUID().toString(),
                "/viaduc/matchmaking-service", FederationSourceEvents.REGISTERED_V1, id, OffsetDateTime.now(), data)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> !entityManager
                .createNativeQuery("select 1 from federation_source where id = ?1").setParameter(1, id).getResultList().isEmpty()));
        return host;
    }

    private static ProducerRecord<String, String> published(String host, String originalId, String name) throws Exception {
        return record(host, PartnerClusterInbound.PUBLISHED_V1, originalId, cluster(originalId, name, host));
    }

    private static ProducerRecord<String, String> withdrawn(String host, String originalId) throws Exception {
        return record(host, PartnerClusterInbound.WITHDRAWN_V1, originalId, Map.of("originalId", originalId, "reason", "Merged"));
    }

    private static Map<String, Object> cluster(String originalId, String name, String host) {
        Map<String, Object> data = new HashMap<>();
        data.put("originalId", originalId);
        data.put("originalUrl", "https://" + host + "/clusters/" + originalId);
        data.put("profile", profile(name));
        return data;
    }

    private static Map<String, Object> profile(String name) {
        return Map.of("name", name, "country", "ES", "nutsRegion", "ES51", "descriptions", Map.of("es", "Clúster catalán."),
                "valueChains", List.of("textile"), "naceCodes", List.of("13"));
    }

    private static ProducerRecord<String, String> record(String host, String type, String originalId, Map<String, Object> data)
            throws Exception {
        ProducerRecord<String, String> record = KafkaCloudEvents.toRecord(FederationGate.INBOUND, new CloudEvent(
                UUID.randomUUID().toString(), "https://" + host, type, originalId, OffsetDateTime.now(),
                MAPPER.writeValueAsString(data)));
        return new ProducerRecord<>(record.topic(), null, originalId, record.value(), record.headers());
    }
}
