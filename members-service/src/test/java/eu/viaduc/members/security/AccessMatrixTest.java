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
import eu.viaduc.members.MembersApi.Person;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;

/**
 * Every endpoint of members-service x every kind of caller x own or someone else's resource. Who may
 * act for what comes from affiliations arranged through the API (registration, invitations), never
 * from token claims. Each case gets a world of its own, so a case that changes something cannot
 * decide another's outcome.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Who calls, in the order of the expected statuses below. */
    enum Who {
        ANONYMOUS, PARTNER_APP, UNAFFILIATED, ORG_ADMIN, ORG_EDITOR, ORG_ADMIN_ELSEWHERE,
        /** manages the world's clusters, and proposed the world's pending membership */
        CLUSTER_MANAGER_WHO_PROPOSED, CLUSTER_MANAGER_ELSEWHERE, ALLIANCE_MANAGER_OF_IT, ALLIANCE_MANAGER_ELSEWHERE,
        PLATFORM_ADMIN
    }

    /** Callers whose affiliations lie outside every world: arranged once, when first needed (the service is up by then). */
    private static final class Elsewhere {
        static final Person ADMIN = MembersApi.adminOfNewOrganisation("Matrix Elsewhere", "SME", "IT");
        static final Person MANAGER = MembersApi.manager(MembersApi.cluster("Matrix Elsewhere", "IT", null, null));
        static final Person ALLIANCE_MANAGER = MembersApi.allianceManager(MembersApi.alliance("Matrix Elsewhere", List.of()));
    }

    record World(UUID organisation, Person admin, Person editor, UUID cluster, UUID otherCluster, Person clusterManager,
            UUID membership, UUID contact, UUID alliance, Person allianceManager, UUID invitation, String invitationCode,
            UUID joinRequest, String importJob) {

        static World create() {
            Person admin = MembersApi.newPerson();
            UUID organisation = MembersApi.organisation(admin.token(), Map.of("name", "Matrix " + UUID.randomUUID(),
                    "type", "SME", "country", "IT"));
            Person editor = MembersApi.colleague(organisation, admin.token(), "EDITOR");
            UUID cluster = MembersApi.cluster("Matrix Cluster", "IT", null, null);
            UUID otherCluster = MembersApi.cluster("Matrix Other Cluster", "IT", null, null);
            Person clusterManager = MembersApi.manager(cluster);
            MembersApi.appointManager(otherCluster, clusterManager);
            String membership = given().auth().oauth2(clusterManager.token()).contentType(ContentType.JSON)
                    .body(Map.of("organisationId", organisation, "clusterId", cluster))
                    .when().post("/api/v1/memberships").then().statusCode(201).extract().path("id");
            String contact = given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                    .body(Map.of("fullName", "Matrix Person", "publicConsent", true, "membersConsent", true))
                    .when().post("/api/v1/organisations/" + organisation + "/contacts")
                    .then().statusCode(201).extract().path("id");
            UUID alliance = MembersApi.alliance("Matrix Alliance", List.of());
            Person allianceManager = MembersApi.allianceManager(alliance);
            var invitation = given().auth().oauth2(admin.token()).contentType(ContentType.JSON)
                    .body(Map.of("email", "invitee-" + UUID.randomUUID() + "@people.test", "role", "EDITOR"))
                    .post("/api/v1/organisations/" + organisation + "/people/invitations").then().statusCode(201).extract();
            String joinRequest = given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/organisations/" + organisation + "/people/join-requests").then().statusCode(201)
                    .extract().path("id");
            String importJob = given().auth().oauth2(clusterManager.token()).contentType("text/csv")
                    .body("name,type,country\nMatrix Imported " + UUID.randomUUID() + ",SME,IT\n")
                    .post("/api/v1/clusters/" + otherCluster + "/member-file").then().statusCode(202).extract().header("Location");
            return new World(organisation, admin, editor, cluster, otherCluster, clusterManager, UUID.fromString(membership),
                    UUID.fromString(contact), alliance, allianceManager, UUID.fromString(invitation.path("id")),
                    invitation.path("code"), UUID.fromString(joinRequest), importJob);
        }

        RequestSpecification as(Who who) {
            String token = switch (who) {
                case ANONYMOUS -> null;
                case PARTNER_APP -> TestTokens.forRole(Roles.PARTNER_APP);
                case UNAFFILIATED -> TestTokens.person();
                case ORG_ADMIN -> admin.token();
                case ORG_EDITOR -> editor.token();
                case ORG_ADMIN_ELSEWHERE -> Elsewhere.ADMIN.token();
                case CLUSTER_MANAGER_WHO_PROPOSED -> clusterManager.token();
                case CLUSTER_MANAGER_ELSEWHERE -> Elsewhere.MANAGER.token();
                case ALLIANCE_MANAGER_OF_IT -> allianceManager.token();
                case ALLIANCE_MANAGER_ELSEWHERE -> Elsewhere.ALLIANCE_MANAGER.token();
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
            "descriptions", Map.of(), "valueChains", List.of(), "naceCodes", List.of());
    private static final Map<String, Object> ALLIANCE = Map.of("name", "Matrix Alliance", "programmeStart", "2026-01-01",
            "programmeEnd", "2027-12-31");
    private static final String ALL_200 = "200 200 200 200 200 200 200 200 200 200 200";

    /**
     * Operation, then the status each caller gets, in the order of {@link Who}: anonymous, partner app,
     * unaffiliated person, the organisation's ADMIN, its EDITOR, an ADMIN elsewhere, the cluster manager
     * who proposed, a cluster manager elsewhere, the alliance's manager, an alliance manager elsewhere,
     * a platform admin.
     */
    private static final List<Object[]> MATRIX = List.of(
            row("read an organisation", (r, w) -> r.get("/api/v1/organisations/" + w.organisation()), ALL_200),
            row("search organisations", (r, w) -> r.get("/api/v1/organisations?country=IT"), ALL_200),
            row("count organisations", (r, w) -> r.get("/api/v1/organisations/counts"), ALL_200),
            row("map organisations", (r, w) -> r.get("/api/v1/organisations/map?country=IT"), ALL_200),
            row("export organisations", (r, w) -> r.get("/api/v1/organisations/export?cluster=" + w.cluster()), ALL_200),
            row("read a taxonomy", (r, w) -> r.get("/api/v1/taxonomies/competences"), ALL_200),
            row("register an organisation", (r, w) -> r.body(ORGANISATION).post("/api/v1/organisations"),
                    "401 403 201 201 201 201 201 201 201 201 201"),
            row("update an organisation", (r, w) -> r.header("If-Match", "\"0\"").body(ORGANISATION)
                    .put("/api/v1/organisations/" + w.organisation()), "401 403 403 200 200 403 403 403 403 403 200"),
            row("delete an organisation", (r, w) -> r.delete("/api/v1/organisations/" + w.organisation()),
                    "401 403 403 204 403 403 403 403 403 403 204"),
            row("erase an organisation", (r, w) -> r.post("/api/v1/organisations/" + w.organisation() + "/erasure"),
                    "401 403 403 204 403 403 403 403 403 403 204"),
            row("list contacts", (r, w) -> r.get("/api/v1/organisations/" + w.organisation() + "/contacts"), ALL_200),
            row("add a contact", (r, w) -> r.body(CONTACT).post("/api/v1/organisations/" + w.organisation() + "/contacts"),
                    "401 403 403 201 201 403 403 403 403 403 201"),
            row("update a contact", (r, w) -> r.header("If-Match", "\"0\"").body(CONTACT)
                    .put("/api/v1/contacts/" + w.contact()), "401 403 403 200 200 403 403 403 403 403 200"),
            row("erase a contact", (r, w) -> r.delete("/api/v1/contacts/" + w.contact()),
                    "401 403 403 204 204 403 403 403 403 403 204"),
            row("list clusters", (r, w) -> r.get("/api/v1/clusters?country=IT"), ALL_200),
            row("read a cluster", (r, w) -> r.get("/api/v1/clusters/" + w.cluster()), ALL_200),
            row("register a cluster", (r, w) -> r.body(CLUSTER).post("/api/v1/clusters"),
                    "401 403 403 403 403 403 403 403 403 403 201"),
            row("update a cluster", (r, w) -> r.header("If-Match", "\"0\"").body(CLUSTER)
                    .put("/api/v1/clusters/" + w.cluster()), "401 403 403 403 403 403 200 403 403 403 200"),
            row("import a member file", (r, w) -> r.contentType("text/csv").body("name,type,country\nMatrix Import,SME,IT\n")
                    .post("/api/v1/clusters/" + w.cluster() + "/member-file"), "401 403 403 403 403 403 202 403 403 403 202"),
            row("follow a member-file import", (r, w) -> r.get(w.importJob()), "401 403 403 403 403 403 200 403 403 403 200"),
            row("ask for or propose a membership", (r, w) -> r.body(Map.of("organisationId", w.organisation(), "clusterId",
                    w.otherCluster())).post("/api/v1/memberships"), "401 403 403 201 403 403 201 403 403 403 201"),
            row("read a membership", (r, w) -> r.get("/api/v1/memberships/" + w.membership()),
                    "401 403 403 200 200 403 200 403 403 403 200"),
            row("approve a membership the cluster proposed", (r, w) -> r.post("/api/v1/memberships/" + w.membership()
                    + "/approval"), "401 403 403 200 403 403 403 403 403 403 200"),
            row("refuse a membership the cluster proposed", (r, w) -> r.post("/api/v1/memberships/" + w.membership()
                    + "/refusal"), "401 403 403 200 403 403 403 403 403 403 200"),
            row("end a membership", (r, w) -> r.post("/api/v1/memberships/" + w.membership() + "/ending"),
                    "401 403 403 200 403 403 200 403 403 403 200"),
            row("read an alliance", (r, w) -> r.get("/api/v1/alliances/" + w.alliance()), ALL_200),
            row("form an alliance", (r, w) -> r.body(ALLIANCE).post("/api/v1/alliances"),
                    "401 403 403 403 403 403 201 201 201 201 201"),
            row("add a cluster to an alliance", (r, w) -> r.put("/api/v1/alliances/" + w.alliance() + "/clusters/"
                    + w.cluster()), "401 403 403 403 403 403 403 403 200 403 200"),
            row("who am I", (r, w) -> r.get("/api/v1/me"), "401 403 200 200 200 200 200 200 200 200 200"),
            row("list an organisation's people", (r, w) -> r.get("/api/v1/organisations/" + w.organisation() + "/people"),
                    "401 403 403 200 403 403 403 403 403 403 200"),
            row("change a person's role", (r, w) -> r.body(Map.of("role", "ADMIN")).put("/api/v1/organisations/"
                    + w.organisation() + "/people/" + w.editor().subject()), "401 403 403 200 403 403 403 403 403 403 200"),
            // the EDITOR removes themselves: leaving is everybody's right
            row("remove a person", (r, w) -> r.delete("/api/v1/organisations/" + w.organisation() + "/people/"
                    + w.editor().subject()), "401 403 403 204 204 403 403 403 403 403 204"),
            row("invite a person", (r, w) -> r.body(Map.of("email", "new-" + UUID.randomUUID() + "@people.test"))
                    .post("/api/v1/organisations/" + w.organisation() + "/people/invitations"),
                    "401 403 403 201 403 403 403 403 403 403 201"),
            row("list an organisation's invitations", (r, w) -> r.get("/api/v1/organisations/" + w.organisation()
                    + "/people/invitations"), "401 403 403 200 403 403 403 403 403 403 200"),
            row("revoke an invitation", (r, w) -> r.delete("/api/v1/invitations/" + w.invitation()),
                    "401 403 403 204 403 403 403 403 403 403 204"),
            // the code is for the invited e-mail address only: nobody else can use it
            row("redeem someone else's invitation", (r, w) -> r.body(Map.of("code", w.invitationCode()))
                    .post("/api/v1/invitations/redemption"), "401 403 403 403 403 403 403 403 403 403 403"),
            row("ask to join an organisation", (r, w) -> r.body(Map.of("message", "hello")).post("/api/v1/organisations/"
                    + w.organisation() + "/people/join-requests"), "401 403 201 409 409 201 201 201 201 201 201"),
            row("list join requests", (r, w) -> r.get("/api/v1/organisations/" + w.organisation() + "/people/join-requests"),
                    "401 403 403 200 403 403 403 403 403 403 200"),
            row("accept a join request", (r, w) -> r.post("/api/v1/join-requests/" + w.joinRequest() + "/acceptance"),
                    "401 403 403 200 403 403 403 403 403 403 200"),
            row("refuse a join request", (r, w) -> r.post("/api/v1/join-requests/" + w.joinRequest() + "/refusal"),
                    "401 403 403 200 403 403 403 403 403 403 200"),
            row("withdraw someone else's join request", (r, w) -> r.post("/api/v1/join-requests/" + w.joinRequest()
                    + "/withdrawal"), "401 403 403 403 403 403 403 403 403 403 403"),
            row("list a cluster's managers", (r, w) -> r.get("/api/v1/clusters/" + w.cluster() + "/managers"),
                    "401 403 403 403 403 403 200 403 403 403 200"),
            row("invite a cluster manager", (r, w) -> r.body(Map.of("email", "new-" + UUID.randomUUID() + "@people.test"))
                    .post("/api/v1/clusters/" + w.cluster() + "/managers/invitations"),
                    "401 403 403 403 403 403 201 403 403 403 201"),
            row("remove a cluster manager", (r, w) -> r.delete("/api/v1/clusters/" + w.cluster() + "/managers/"
                    + w.clusterManager().subject()), "401 403 403 403 403 403 204 403 403 403 204"),
            row("list an alliance's managers", (r, w) -> r.get("/api/v1/alliances/" + w.alliance() + "/managers"),
                    "401 403 403 403 403 403 403 403 200 403 200"),
            row("invite an alliance manager", (r, w) -> r.body(Map.of("email", "new-" + UUID.randomUUID() + "@people.test"))
                    .post("/api/v1/alliances/" + w.alliance() + "/managers/invitations"),
                    "401 403 403 403 403 403 403 403 201 403 201"));

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
