package eu.viaduc.members.alliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.alliance.events.AllianceEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Alliances: formed, clusters added and removed by their managers, each change an event. */
@QuarkusTest
class AllianceTest {

    @Inject
    EventSchemas schemas;
    @Inject
    ObjectMapper mapper;

    @Test
    void aClusterManagerFormsItManagesItAndChangesItsClustersWithAVersionedEventForEachChange() throws Exception {
        String cluster = cluster();
        String manager = MembersApi.manager(UUID.fromString(cluster)).token();
        String id = given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(Map.of("name", "CLOTH", "programmeStart", "2022-03-01", "programmeEnd", "2024-02-29"))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");

        given().auth().oauth2(manager).when().put("/api/v1/alliances/" + id + "/clusters/" + cluster)
                .then().statusCode(200).body("clusters", contains(cluster));
        given().auth().oauth2(manager).when().put("/api/v1/alliances/" + id + "/clusters/" + cluster)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(MembersApi.manager(UUID.fromString(cluster())).token())
                .when().delete("/api/v1/alliances/" + id + "/clusters/" + cluster).then().statusCode(403);
        given().when().get("/api/v1/alliances/" + id).then().statusCode(200).body("clusters", contains(cluster));
        given().auth().oauth2(manager).when().delete("/api/v1/alliances/" + id + "/clusters/" + cluster)
                .then().statusCode(200).body("clusters", empty());

        try (TopicProbe topic = TopicProbe.reading(AllianceEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> id.equals(r.key()), 3,
                    Duration.ofSeconds(30));
            List<Long> versions = new java.util.ArrayList<>();
            for (ConsumerRecord<String, String> event : events) {
                assertThat(schemas.violations(AllianceEvents.CHANGED_V1, event.value())).isEmpty();
                versions.add(mapper.readTree(event.value()).get("version").asLong());
            }
            assertThat(versions).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void peopleWhoManageNothingCannotFormAlliancesAndUnknownClustersAreNamed() {
        given().auth().oauth2(MembersApi.adminOfNewOrganisation("Ambitious SME", "SME", "BG").token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Nope", "programmeStart", "2022-03-01", "programmeEnd", "2024-02-29"))
                .when().post("/api/v1/alliances").then().statusCode(403);
        String admin = TestTokens.forRole(Roles.PLATFORM_ADMIN);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Backwards", "programmeStart", "2024-03-01", "programmeEnd", "2022-02-28"))
                .when().post("/api/v1/alliances").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("programmeEnd"));
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Eurometropole", "programmeStart", "2024-01-01", "programmeEnd", "2027-12-31"))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).when().put("/api/v1/alliances/" + id + "/clusters/" + UUID.randomUUID())
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("clusterId"));
    }

    private static String cluster() {
        return given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "BFA", "country", "BG", "descriptions", Map.of(), "valueChains", List.of(),
                        "naceCodes", List.of()))
                .when().post("/api/v1/clusters").then().statusCode(201).extract().path("id");
    }
}
