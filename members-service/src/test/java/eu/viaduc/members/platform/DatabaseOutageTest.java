package eu.viaduc.members.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.members.MembersApi;
import eu.viaduc.testing.PostgresTestDatabase;
import eu.viaduc.testing.TestTokens;

/** While its database is down, the service says so (503, Retry-After), changes nothing, and recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void requestsDuringADatabaseOutageGet503WithRetryAfterAndTheServiceRecovers() {
        UUID existing = MembersApi.organisation("Outage Survivor SL", "SME", "ES");
        String token = TestTokens.person();
        String name = "Written During The Outage " + UUID.randomUUID();
        try (var outage = PostgresTestDatabase.outage("viaduc_members_test")) {
            given().when().get("/api/v1/organisations/" + existing)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("status", equalTo(503));
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "type", "SME", "country", "ES"))
                    .when().post("/api/v1/organisations").then().statusCode(503).contentType("application/problem+json");
            given().when().get("/q/health/ready").then().statusCode(503);
        }
        // recovers by itself: each pooled connection the outage broke answers one more request with 503 (a CI run
        // met two in a row), so reads, search and readiness are awaited together
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            given().when().get("/api/v1/organisations/" + existing).then().statusCode(200);
            given().queryParam("q", name).when().get("/api/v1/organisations").then().statusCode(200).body("total", equalTo(0));
            given().when().get("/q/health/ready").then().statusCode(200);
        });
    }
}
