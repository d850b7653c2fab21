package eu.viaduc.members.security;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import eu.viaduc.members.MembersApi;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/**
 * Every endpoint of members-service x every kind of caller x own or someone else's resource. Each
 * case gets a world of its own (an organisation, two clusters, a pending membership, a contact, an
 * alliance), so a case that changes something cannot decide another's outcome.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Who calls, in the order of the expected statuses below. */
    enum Who {
        ANONYMOUS, PARTNER_APP, MEMBER_OF_IT, MEMBER_ELSEWHERE, MANAGER_OF_IT, MANAGER_ELSEWHERE,
        ALLIANCE_MANAGER_OF_IT, ALLIANCE_MANAGER_ELSEWHERE, PLATFORM_ADMIN
    }

    record World(UUID organisation, UUID cluster, UUID otherCluster, UUID membership, UUID contact, UUID alliance,
            String allianceManager) {

        static World create() {
            UUID organisation = MembersApi.organisation("Matrix " + UUID.randomUUID(), "SME", "IT");
            UUID cluster = MembersApi.cluster("Matrix Cluster", "IT", null, null);
            UUID otherCluster = MembersApi.cluster("Matrix Other Cluster", "IT", null, null);
            String membership = given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("organisationId", organisation, "clusterId", cluster))
                    .when().post("/api/v1/memberships").then().statusCode(201).extract().path("id");
            String contact = given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("fullName", "Matrix Person", "publicConsent", true, "membersConsent", true))
                    .when().post("/api/v1/organisations/" + organisation + "/contacts")
                    .then().statusCode(201).extract().path("id");
            String allianceManager = UUID.randomUUID().toString();
            String alliance = given().auth().oauth2(MembersApi.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("name", "Matrix Alliance", "programmeStart", "2026-01-01", "programmeEnd", "2027-12-31",
                            "managers", List.of(allianceManager)))
                    .when().post("/api/v1/alliances").then().statusCode(201).extract().path("id");
            return new World(organisation, cluster, otherCluster, UUID.fromString(membership), UUID.fromString(contact),
                    UUID.fromString(alliance), allianceManager);
        }

        RequestSpecification as(Who who) {
            String token = switch (who) {
                case ANONYMOUS -> null;
                case PARTNER_APP -> TestTokens.forRole(Roles.PARTNER_APP);
                case MEMBER_OF_IT -> TestTokens.forMember(Roles.MEMBER, organisation, List.of());
                case MEMBER_ELSEWHERE -> TestTokens.forMember(Roles.MEMBER, UUID.randomUUID(), List.of());
                case MANAGER_OF_IT -> TestTokens.forMember(Roles.CLUSTER_MANAGER, null, List.of(cluster, otherCluster));
                case MANAGER_ELSEWHERE -> TestTokens.forMember(Roles.CLUSTER_MANAGER, null, List.of(UUID.randomUUID()));
                case ALLIANCE_MANAGER_OF_IT -> TestTokens.forUser(allianceManager, Roles.ALLIANCE_MANAGER);
                case ALLIANCE_MANAGER_ELSEWHERE -> TestTokens.forRole(Roles.ALLIANCE_MANAGER);
                case PLATFORM_ADMIN -> MembersApi.ADMIN;
            };
            RequestSpecification request = given().contentType(ContentType.JSON);
            return token == null ? request : request.auth().oauth2(token);
        }
    }

    private static final Map<String, Object> ORGANISATION = Map.of("name", "Matrix Changed", "type", "SME", "country", "IT");
    private static final Map<String, Object> CONTACT = Map.of("fullName", "Matrix Changed", "publicConsent", false,
            "membersConsent", false);
    private static final Map<String, Object> CLUSTER = Map.of("name", "Matrix Cluster", "country", "IT",
            "descriptions", Map.of(), "valueChains", List.of(), "naceCodes", List.of(), "managers", List.of());

    /** Operation, then the status each caller gets, in the order of {@link Who}. */
    private static final List<Object[]> MATRIX = List.of(
            row("read an organisation", (r, w) -> r.get("/api/v1/organisations/" + w.organisation()),
                    "200 200 200 200 200 200 200 200 200"),
            row("search organisations", (r, w) -> r.get("/api/v1/organisations?country=IT"),
                    "200 200 200 200 200 200 200 200 200"),
            row("count organisations", (r, w) -> r.get("/api/v1/organisations/counts"),
                    "200 200 200 200 200 200 200 200 200"),
            row("map organisations", (r, w) -> r.get("/api/v1/organisations/map?country=IT"),
                    "200 200 200 200 200 200 200 200 200"),
            row("export organisations", (r, w) -> r.get("/api/v1/organisations/export?cluster=" + w.cluster()),
                    "200 200 200 200 200 200 200 200 200"),
            row("read a taxonomy", (r, w) -> r.get("/api/v1/taxonomies/competences"),
                    "200 200 200 200 200 200 200 200 200"),
            row("register an organisation", (r, w) -> r.body(ORGANISATION).post("/api/v1/organisations"),
                    "401 403 201 201 201 201 403 403 201"),
            row("update an organisation", (r, w) -> r.header("If-Match", "\"0\"").body(ORGANISATION)
                    .put("/api/v1/organisations/" + w.organisation()), "401 403 200 403 403 403 403 403 200"),
            row("delete an organisation", (r, w) -> r.delete("/api/v1/organisations/" + w.organisation()),
                    "401 403 204 403 403 403 403 403 204"),
            row("erase an organisation", (r, w) -> r.post("/api/v1/organisations/" + w.organisation() + "/erasure"),
                    "401 403 204 403 403 403 403 403 204"),
            row("list contacts", (r, w) -> r.get("/api/v1/organisations/" + w.organisation() + "/contacts"),
                    "200 200 200 200 200 200 200 200 200"),
            row("add a contact", (r, w) -> r.body(CONTACT).post("/api/v1/organisations/" + w.organisation() + "/contacts"),
                    "401 403 201 403 403 403 403 403 201"),
            row("update a contact", (r, w) -> r.header("If-Match", "\"0\"").body(CONTACT)
                    .put("/api/v1/contacts/" + w.contact()), "401 403 200 403 403 403 403 403 200"),
            row("erase a contact", (r, w) -> r.delete("/api/v1/contacts/" + w.contact()),
                    "401 403 204 403 403 403 403 403 204"),
            row("list clusters", (r, w) -> r.get("/api/v1/clusters?country=IT"), "200 200 200 200 200 200 200 200 200"),
            row("read a cluster", (r, w) -> r.get("/api/v1/clusters/" + w.cluster()), "200 200 200 200 200 200 200 200 200"),
            row("register a cluster", (r, w) -> r.body(CLUSTER).post("/api/v1/clusters"),
                    "401 403 403 403 403 403 403 403 201"),
            row("update a cluster", (r, w) -> r.header("If-Match", "\"0\"").body(CLUSTER)
                    .put("/api/v1/clusters/" + w.cluster()), "401 403 403 403 200 403 403 403 200"),
            row("import a member file", (r, w) -> r.contentType("text/csv").body("name,type,country\nMatrix Import,SME,IT\n")
                    .post("/api/v1/clusters/" + w.cluster() + "/member-file"), "401 403 403 403 200 403 403 403 200"),
            row("request a membership", (r, w) -> r.body(Map.of("organisationId", w.organisation(), "clusterId",
                    w.otherCluster())).post("/api/v1/memberships"), "401 403 201 403 201 403 403 403 201"),
            row("read a membership", (r, w) -> r.get("/api/v1/memberships/" + w.membership()),
                    "401 403 200 403 200 403 403 403 200"),
            row("approve a membership", (r, w) -> r.post("/api/v1/memberships/" + w.membership() + "/approval"),
                    "401 403 403 403 200 403 403 403 200"),
            row("refuse a membership", (r, w) -> r.post("/api/v1/memberships/" + w.membership() + "/refusal"),
                    "401 403 403 403 200 403 403 403 200"),
            row("read an alliance", (r, w) -> r.get("/api/v1/alliances/" + w.alliance()),
                    "200 200 200 200 200 200 200 200 200"),
            row("form an alliance", (r, w) -> r.body(Map.of("name", "Matrix Alliance", "programmeStart", "2026-01-01",
                    "programmeEnd", "2027-12-31", "managers", List.of())).post("/api/v1/alliances"),
                    "401 403 403 403 403 403 201 201 201"),
            row("add a cluster to an alliance", (r, w) -> r.put("/api/v1/alliances/" + w.alliance() + "/clusters/"
                    + w.cluster()), "401 403 403 403 403 403 200 403 200"));

    private static Object[] row(String operation, BiFunction<RequestSpecification, World, Response> call, String statuses) {
        return new Object[] { operation, call, statuses };
    }

    static List<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (Object[] row : MATRIX) {
            String[] statuses = ((String) row[2]).split(" ");
            for (Who who : Who.values()) {
                cases.add(new Object[] { row[0], who, Integer.parseInt(statuses[who.ordinal()]), row[1] });
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cases")
    void eachCallerGetsExactlyWhatTheRulesAllow(String operation, Who who, int expected,
            BiFunction<RequestSpecification, World, Response> call) {
        World world = World.create();
        call.apply(world.as(who).when(), world).then().statusCode(expected);
    }
}
