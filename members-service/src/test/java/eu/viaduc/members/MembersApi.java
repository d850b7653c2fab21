package eu.viaduc.members;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/** Arranges what a test needs through the public API, as a platform admin. */
public final class MembersApi {

    public static final String ADMIN = TestTokens.forRole(Roles.PLATFORM_ADMIN);

    private MembersApi() {
    }

    /** A cluster with an optional label valid until 2030 (level null for none). */
    public static UUID cluster(String name, String country, String nutsRegion, String labelLevel) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("country", country);
        profile.put("nutsRegion", nutsRegion);
        profile.put("descriptions", Map.of("en", "A cluster."));
        profile.put("valueChains", List.of("textile"));
        profile.put("naceCodes", List.of("C13"));
        profile.put("label", labelLevel == null ? null : Map.of("level", labelLevel, "validUntil", "2030-12-31"));
        profile.put("managers", List.of());
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(profile)
                .when().post("/api/v1/clusters").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID alliance(String name, List<UUID> clusters) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "programmeStart", "2026-01-01", "programmeEnd", "2028-12-31",
                        "managers", List.of()))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        for (UUID cluster : clusters) {
            given().auth().oauth2(ADMIN).when().put("/api/v1/alliances/" + id + "/clusters/" + cluster)
                    .then().statusCode(200);
        }
        return UUID.fromString(id);
    }

    /** Registers an organisation from a profile map, as a platform admin. */
    public static UUID organisation(Map<String, ?> profile) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(profile)
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID organisation(String name, String type, String country) {
        return organisation(Map.of("name", name, "type", type, "country", country));
    }

    /** An active membership: requested and approved by an admin. */
    public static void activeMember(UUID organisation, UUID cluster) {
        String membership = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "clusterId", cluster))
                .when().post("/api/v1/memberships").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).when().post("/api/v1/memberships/" + membership + "/approval")
                .then().statusCode(200);
    }
}
