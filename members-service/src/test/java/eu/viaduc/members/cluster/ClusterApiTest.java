package eu.viaduc.members.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.cluster.events.ClusterEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Clusters: registration, reading, updates with optimistic locking, filters and their events. */
@QuarkusTest
class ClusterApiTest {

    private static final String ADMIN = TestTokens.forRole(Roles.PLATFORM_ADMIN);

    @Inject
    EventSchemas schemas;
    @Inject
    ObjectMapper mapper;

    @Test
    void registrationPublishesTheWholeProfileAndAnonymousReadersSeeIt() throws Exception {
        try (TopicProbe topic = TopicProbe.reading(ClusterEvents.TOPIC)) {
            Response created = register(ADMIN, profile("Modacc", "ES", "ES51", "textile-" + UUID.randomUUID(), "C13",
                    Map.of("level", "SILVER", "validUntil", "2030-06-30")));
            created.then().statusCode(201).header("ETag", "\"0\"");
            String id = created.path("id");

            given().when().get("/api/v1/clusters/" + id)
                    .then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("name", equalTo("Modacc"))
                    .body("nutsRegion", equalTo("ES51"))
                    .body("descriptions.en", equalTo("A cluster."))
                    .body("label.level", equalTo("SILVER"))
                    .body("$", not(hasKey("managers")));

            ConsumerRecord<String, String> event = topic.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertThat(TopicProbe.header(event, "ce_type")).isEqualTo(ClusterEvents.REGISTERED_V2);
            assertThat(schemas.violations(ClusterEvents.REGISTERED_V2, event.value())).isEmpty();
            JsonNode data = mapper.readTree(event.value());
            assertThat(data.get("version").asLong()).isZero();
            // managers are affiliations, published on their own topic; v2 profiles have none
            assertThat(data.at("/profile").has("managers")).isFalse();
            assertThat(data.at("/profile/label/validUntil").asText()).isEqualTo("2030-06-30");
        }
    }

    @Test
    void aManagerOfTheClusterUpdatesItWithTheCurrentETagAndTheUpdateIsPublished() throws Exception {
        String id = register(ADMIN, profile("LDC", "DK", "DK04", "design", "N74", null)).then().statusCode(201)
                .extract().path("id");
        String manager = MembersApi.manager(UUID.fromString(id)).token();

        try (TopicProbe topic = TopicProbe.reading(ClusterEvents.TOPIC)) {
            update(manager, id, "\"0\"", profile("Lifestyle & Design Cluster", "DK", "DK04", "design", "N74", null))
                    .then().statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("name", equalTo("Lifestyle & Design Cluster"));
            ConsumerRecord<String, String> event = topic.awaitRecord(
                    r -> id.equals(r.key()) && ClusterEvents.UPDATED_V2.equals(TopicProbe.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(schemas.violations(ClusterEvents.UPDATED_V2, event.value())).isEmpty();
            assertThat(mapper.readTree(event.value()).get("version").asLong()).isEqualTo(1);
        }

        update(manager, id, "\"0\"", profile("Stale Write", "DK", null, "design", "N74", null))
                .then().statusCode(412).contentType("application/problem+json");
        update(manager, id, null, profile("Blind Write", "DK", null, "design", "N74", null))
                .then().statusCode(428).contentType("application/problem+json");
        given().when().get("/api/v1/clusters/" + id).then().body("name", equalTo("Lifestyle & Design Cluster"));
    }

    @Test
    void onlyAdminsAndTheClustersOwnManagersMayUpdateIt() {
        String id = register(ADMIN, profile("Owned", "FR", null, "eco", "E", null)).then().statusCode(201)
                .extract().path("id");
        var body = profile("Taken Over", "FR", null, "eco", "E", null);

        String managerElsewhere = MembersApi.manager(MembersApi.cluster("Elsewhere", "FR", null, null)).token();
        update(managerElsewhere, id, "\"0\"", body).then().statusCode(403).contentType("application/problem+json");
        update(TestTokens.person(), id, "\"0\"", body).then().statusCode(403);
        update(TestTokens.forRole(Roles.PARTNER_APP), id, "\"0\"", body).then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put("/api/v1/clusters/" + id).then().statusCode(401);
        given().when().get("/api/v1/clusters/" + id).then().body("name", equalTo("Owned"));
        update(ADMIN, id, "\"0\"", body).then().statusCode(200).body("name", equalTo("Taken Over"));
    }

    @Test
    void onlyPlatformAdminsRegisterClusters() {
        String id = register(ADMIN, profile("Some Cluster", "FR", null, "x", "C", null)).then().statusCode(201)
                .extract().path("id");
        for (String token : List.of(TestTokens.person(), TestTokens.forRole(Roles.PARTNER_APP),
                MembersApi.manager(UUID.fromString(id)).token())) {
            register(token, profile("Not Allowed", "FR", null, "x", "C", null))
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void registeringWithoutATokenIsUnauthorized() {
        given().contentType(ContentType.JSON).body(profile("Anonymous", "FR", null, "x", "C", null))
                .when().post("/api/v1/clusters").then().statusCode(401);
    }

    @Test
    void badFieldsAreNamed() {
        register(ADMIN, profile("Wrong Region", "FR", "ES51", "x", "C", null)).then().statusCode(400)
                .body("violations.field", hasItem("nutsRegion"));
        register(ADMIN, profile("Bad Nace", "FR", null, "x", "13-92", null)).then().statusCode(400)
                .body("violations.field", hasItem("naceCodes[0]"));
        register(ADMIN, profile("Half Label", "FR", null, "x", "C", Map.of("level", "GOLD"))).then().statusCode(400)
                .body("violations.field", hasItem("label.validUntil"));
        var badLanguage = profile("Bad Language", "FR", null, "x", "C", null);
        badLanguage.put("descriptions", Map.of("english", "A cluster."));
        register(ADMIN, badLanguage).then().statusCode(400).body("violations[0].field", equalTo("descriptions.english"));
    }

    @Test
    void filtersCombineAndMatchSubCodes() {
        String chain = "filter-test-" + UUID.randomUUID();
        String lille = register(ADMIN, profile("Euramaterials", "FR", "FRE11", chain, "C13.96",
                Map.of("level", "GOLD", "validUntil", LocalDate.now().plusYears(1).toString()))).path("id");
        String lyon = register(ADMIN, profile("Techtera", "FR", "FRK26", chain, "C13",
                Map.of("level", "GOLD", "validUntil", LocalDate.now().minusDays(1).toString()))).path("id");
        String kortrijk = register(ADMIN, profile("Flanders in Shape", "BE", "BE25", chain, "N74", null)).path("id");

        assertThat(listIds(Map.of("valueChain", chain))).containsExactlyInAnyOrder(lille, lyon, kortrijk);
        assertThat(listIds(Map.of("valueChain", chain, "country", "FR"))).containsExactlyInAnyOrder(lille, lyon);
        assertThat(listIds(Map.of("valueChain", chain, "nutsRegion", "FRE"))).containsExactly(lille);
        assertThat(listIds(Map.of("valueChain", chain, "nace", "C13"))).containsExactlyInAnyOrder(lille, lyon);
        assertThat(listIds(Map.of("valueChain", chain, "label", "GOLD"))).containsExactly(lille);
        given().queryParams(Map.of("valueChain", chain, "size", 2)).when().get("/api/v1/clusters")
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2));
        given().queryParam("nutsRegion", "fr-1").queryParam("label", "PLATINUM").when().get("/api/v1/clusters")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("nutsRegion", "label"));
    }

    private static List<String> listIds(Map<String, ?> filters) {
        return given().queryParams(filters).when().get("/api/v1/clusters").then().statusCode(200)
                .extract().path("items.id");
    }

    private static Map<String, Object> profile(String name, String country, String nuts, String valueChain, String nace,
            Map<String, String> label) {
        Map<String, Object> profile = new java.util.HashMap<>();
        profile.put("name", name);
        profile.put("country", country);
        profile.put("nutsRegion", nuts);
        profile.put("website", "https://example.eu");
        profile.put("descriptions", Map.of("en", "A cluster.", "fr", "Un cluster."));
        profile.put("valueChains", List.of(valueChain));
        profile.put("naceCodes", List.of(nace));
        profile.put("label", label);
        return profile;
    }

    private static Response register(String token, Map<String, Object> profile) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(profile).when().post("/api/v1/clusters");
    }

    private static Response update(String token, String id, String ifMatch, Map<String, Object> profile) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/clusters/" + id);
    }
}
