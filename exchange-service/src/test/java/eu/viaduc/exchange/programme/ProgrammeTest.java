package eu.viaduc.exchange.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.testing.MembersWorld;
import eu.viaduc.exchange.ProgrammeWorld;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/** Alliance managers open and change programmes; everyone signed in reads them. */
@QuarkusTest
class ProgrammeTest {

    @Test
    void theAlliancesManagersOpenAProgrammeWithItsTargetsLumpSumsAndBudget() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_APP)).get("/api/v1/programmes/" + world.programme)
                .then().statusCode(200).body("allianceId", equalTo(world.alliance.toString()))
                .body("stay.minWorkingDays", equalTo(3)).body("stay.maxWorkingDays", equalTo(5))
                .body("stay.fullRateFromDistanceKm", equalTo(200))
                .body("targets.category", equalTo(List.of("SME", "CLUSTER_ORGANISATION", "SUPPORT_ORGANISATION",
                        "LARGE_COMPANY", "PUBLIC_BODY")))
                .body("targets.target", equalTo(List.of(75, 10, 5, 5, 5)))
                .body("lumpSums.ES", equalTo(1100.0f)).body("budget.amount", equalTo(110000.0f));
        given().auth().oauth2(TestTokens.person()).get("/api/v1/programmes?allianceId=" + world.alliance)
                .then().statusCode(200).body("id", hasItem(world.programme.toString()));

        Map<String, Object> body = new HashMap<>(programme(world.alliance));
        // a cluster manager of the alliance, a member's editor, a stranger: not the alliance's managers
        for (String subject : List.of(world.spanishClusterManager, world.visitorEditor, UUID.randomUUID().toString())) {
            given().auth().oauth2(TestTokens.person(subject)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/programmes").then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/programmes").then().statusCode(201);

        body.put("name", "CLOTH ClusterXchange, second call");
        body.put("budget", Map.of("amount", 90000, "currency", "EUR"));
        given().auth().oauth2(TestTokens.person(world.allianceManager)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/programmes/" + world.programme).then().statusCode(200)
                .body("name", equalTo("CLOTH ClusterXchange, second call")).body("budget.amount", equalTo(90000.0f))
                .body("version", equalTo(1));
        body.put("allianceId", MembersWorld.alliance(List.of(world.spanishCluster), world.allianceManager).toString());
        given().auth().oauth2(TestTokens.person(world.allianceManager)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/programmes/" + world.programme).then().statusCode(400)
                .body("violations.field", hasItem("allianceId"));
    }

    @Test
    void aWrongProgrammeIsA400NamingTheField() {
        ProgrammeWorld world = ProgrammeWorld.standard();
        String manager = TestTokens.person(world.allianceManager);
        Map<String, Map<String, Object>> wrongs = Map.of(
                "endsOn", Map.of("endsOn", "2025-12-31"),
                "stay.maxWorkingDays", Map.of("stay", Map.of("minWorkingDays", 5, "maxWorkingDays", 4)),
                "stay.minWorkingDays", Map.of("stay", Map.of("minWorkingDays", 2, "maxWorkingDays", 4)),
                "targets", Map.of("targets", List.of(Map.of("category", "SME", "target", 75, "capped", true))),
                "budget.currency", Map.of("budget", Map.of("amount", 1000, "currency", "euro")),
                "allianceId", Map.of("allianceId", UUID.randomUUID().toString()));
        wrongs.forEach((field, change) -> {
            Map<String, Object> body = new HashMap<>(programme(world.alliance));
            body.putAll(change);
            given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN)).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/programmes").then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem(containsString(field)));
        });
        Map<String, Object> body = new HashMap<>(programme(world.alliance));
        body.put("lumpSums", Map.of("Spain", 1100));
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(body).post("/api/v1/programmes")
                .then().statusCode(400).body("violations.field", hasItem(containsString("lumpSums")));
        given().auth().oauth2(manager).get("/api/v1/programmes/" + UUID.randomUUID()).then().statusCode(404);
    }

    private static Map<String, Object> programme(UUID alliance) {
        return new HashMap<>(Map.of("allianceId", alliance.toString(), "name", "CLOTH ClusterXchange",
                "startsOn", "2026-01-01", "endsOn", "2027-12-31", "stay", Map.of("minWorkingDays", 3, "maxWorkingDays", 5),
                "targets", List.of("SME", "CLUSTER_ORGANISATION", "SUPPORT_ORGANISATION", "LARGE_COMPANY", "PUBLIC_BODY")
                        .stream().map(category -> Map.of("category", category, "target", 5, "capped", true)).toList(),
                "lumpSums", Map.of("ES", 1100, "BG", 800),
                "budget", Map.of("amount", 110000, "currency", "EUR")));
    }
}
