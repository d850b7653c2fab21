package eu.viaduc.members.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.members.organisation.events.OrganisationEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** A member edits only their own organisation, with the current ETag; a deleted one is gone. */
@QuarkusTest
class OrganisationChangeTest {

    @Inject
    EventSchemas schemas;

    @Test
    void theAdminWhoRegisteredItUpdatesThenDeletesItAndEachChangeIsPublished() {
        String own = TestTokens.person();
        String id = register(own);
        try (TopicProbe topic = TopicProbe.reading(OrganisationEvents.TOPIC)) {
            update(own, id, "\"0\"", "Atelier Renamed", List.of("embroidery", "upcycling"))
                    .then().statusCode(200).header("ETag", "\"1\"")
                    .body("name", equalTo("Atelier Renamed")).body("competences", contains("embroidery", "upcycling"));
            given().when().get("/api/v1/organisations/" + id).then().header("ETag", "\"1\"");

            given().auth().oauth2(own).header("If-Match", "\"1\"").when().delete("/api/v1/organisations/" + id)
                    .then().statusCode(204);
            given().when().get("/api/v1/organisations/" + id).then().statusCode(404);
            update(own, id, "\"2\"", "Back From The Dead", List.of()).then().statusCode(404);

            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> id.equals(r.key()), 4,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    OrganisationEvents.REGISTERED_V2, OrganisationEvents.COMPETENCES_CHANGED_V1,
                    OrganisationEvents.UPDATED_V2, OrganisationEvents.DELETED_V1);
            assertThat(events.get(1).value()).contains("\"addedCompetences\": [\"upcycling\"]");
            events.forEach(e -> assertThat(schemas.violations(TopicProbe.header(e, "ce_type"), e.value())).isEmpty());
        }
    }

    @Test
    void othersMayNotChangeItAndStaleOrBlindWritesAreRefused() {
        String own = TestTokens.person();
        String id = register(own);
        update(TestTokens.person(), id, "\"0\"", "Hijacked", List.of()).then().statusCode(403);
        given().auth().oauth2(TestTokens.person()).when().delete("/api/v1/organisations/" + id).then().statusCode(403);
        update(TestTokens.forRole(Roles.PARTNER_APP), id, "\"0\"", "Hijacked", List.of()).then().statusCode(403);
        update(own, id, null, "Blind", List.of()).then().statusCode(428);
        update(own, id, "\"7\"", "Stale", List.of()).then().statusCode(412);
        given().when().get("/api/v1/organisations/" + id).then().body("name", equalTo("Atelier Lumière"));
        update(TestTokens.forRole(Roles.PLATFORM_ADMIN), id, "\"0\"", "Fixed By Admin", List.of()).then().statusCode(200);
    }

    private static String register(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Atelier Lumière", "type", "MICRO", "country", "FR", "competences", List.of("embroidery")))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    private static Response update(String token, String id, String ifMatch, String name, List<String> competences) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "type", "MICRO", "country", "FR", "competences", competences));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/organisations/" + id);
    }
}
