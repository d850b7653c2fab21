package eu.viaduc.members;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/** Arranges what a test needs through the public API: as a platform admin, or as the people concerned. */
public final class MembersApi {

    public static final String ADMIN = TestTokens.forRole(Roles.PLATFORM_ADMIN);

    private MembersApi() {
    }

    /** A signed-in person: their subject and a token. */
    public record Person(String subject, String token) {

        public String email() {
            return TestTokens.emailOf(subject);
        }
    }

    public static Person newPerson() {
        String subject = UUID.randomUUID().toString();
        return new Person(subject, TestTokens.person(subject));
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
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(profile)
                .when().post("/api/v1/clusters").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID alliance(String name, List<UUID> clusters) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "programmeStart", "2026-01-01", "programmeEnd", "2028-12-31"))
                .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
        for (UUID cluster : clusters) {
            given().auth().oauth2(ADMIN).when().put("/api/v1/alliances/" + id + "/clusters/" + cluster)
                    .then().statusCode(200);
        }
        return UUID.fromString(id);
    }

    /** Registers an organisation from a profile map, as a platform admin (who becomes its ADMIN). */
    public static UUID organisation(Map<String, ?> profile) {
        return organisation(ADMIN, profile);
    }

    /** Registers an organisation as this person, who becomes its first ADMIN. */
    public static UUID organisation(String token, Map<String, ?> profile) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(profile)
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID organisation(String name, String type, String country) {
        return organisation(Map.of("name", name, "type", type, "country", country));
    }

    /** A profile classified as searches filter it (one NACE code, one competence), for a test to add to. */
    public static Map<String, Object> classifiedProfile(String name, String type, String country, String nutsRegion,
            String naceCode, String competence) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("type", type);
        profile.put("country", country);
        profile.put("nutsRegion", nutsRegion);
        profile.put("naceCodes", List.of(naceCode));
        profile.put("competences", List.of(competence));
        return profile;
    }

    /** A new organisation whose first ADMIN is a new person. */
    public static Person adminOfNewOrganisation(String name, String type, String country) {
        Person admin = newPerson();
        organisation(admin.token(), Map.of("name", name, "type", type, "country", country));
        return admin;
    }

    /** The organisation's ADMIN (or a platform admin) invites a new person with a role, who redeems it. */
    public static Person colleague(UUID organisation, String inviterToken, String role) {
        Person person = newPerson();
        String code = given().auth().oauth2(inviterToken).contentType(ContentType.JSON)
                .body(Map.of("email", person.email(), "role", role))
                .when().post("/api/v1/organisations/" + organisation + "/people/invitations")
                .then().statusCode(201).extract().path("code");
        redeem(person, code);
        return person;
    }

    /** A new person appointed manager of the cluster by a platform admin, by invitation. */
    public static Person manager(UUID cluster) {
        return appointed("clusters", cluster);
    }

    public static Person allianceManager(UUID alliance) {
        return appointed("alliances", alliance);
    }

    /** Appoints this person a manager of one more cluster. */
    public static void appointManager(UUID cluster, Person person) {
        appoint("clusters", cluster, person);
    }

    private static Person appointed(String kind, UUID target) {
        return appoint(kind, target, newPerson());
    }

    private static Person appoint(String kind, UUID target, Person person) {
        String code = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("email", person.email()))
                .when().post("/api/v1/" + kind + "/" + target + "/managers/invitations")
                .then().statusCode(201).extract().path("code");
        redeem(person, code);
        return person;
    }

    public static void redeem(Person person, String code) {
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/invitations/redemption").then().statusCode(200);
    }

    /**
     * Imports a member file as this caller and follows the job to its end: the answer is the job's
     * final state (report or failure), or the refusal when it was not accepted (400, 403, 404, 409).
     */
    public static io.restassured.response.ValidatableResponse importMemberFile(String token, UUID cluster, String csv) {
        var submitted = given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/v1/clusters/" + cluster + "/member-file");
        if (submitted.statusCode() != 202) {
            return submitted.then();
        }
        String job = submitted.header("Location");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> List.of("COMPLETED", "FAILED")
                .contains(given().auth().oauth2(token).when().get(job).then().statusCode(200).extract().path("status")));
        return given().auth().oauth2(token).when().get(job).then();
    }

    /**
     * An active membership of an organisation a platform admin registered: proposed by that admin for the
     * cluster, accepted for the organisation by another platform admin (nobody approves their own proposal).
     */
    public static void activeMember(UUID organisation, UUID cluster) {
        activeMember(organisation, TestTokens.forRole(Roles.PLATFORM_ADMIN), cluster);
    }

    /**
     * An active membership, consented by both sides: the cluster (a platform admin) proposes it and the
     * organisation's ADMIN accepts.
     */
    public static void activeMember(UUID organisation, String organisationAdminToken, UUID cluster) {
        String membership = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation, "clusterId", cluster))
                .when().post("/api/v1/memberships").then().statusCode(201).extract().path("id");
        given().auth().oauth2(organisationAdminToken).when().post("/api/v1/memberships/" + membership + "/approval")
                .then().statusCode(200);
    }
}
