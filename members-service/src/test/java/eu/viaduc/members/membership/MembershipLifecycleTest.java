package eu.viaduc.members.membership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.members.MembersApi;
import eu.viaduc.members.membership.events.MembershipEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/**
 * PENDING -> ACTIVE -> ENDED, or REFUSED; consented by both sides (the side that did not propose decides,
 * never the proposer); illegal moves are 409; every move is an event.
 */
@QuarkusTest
class MembershipLifecycleTest {

    private static final String ADMIN = TestTokens.forRole(Roles.PLATFORM_ADMIN);

    @Inject
    EventSchemas schemas;

    private UUID organisation;
    private UUID cluster;
    private String memberOfOrganisation;
    private String managerOfCluster;

    @BeforeEach
    void anOrganisationAndACluster() {
        memberOfOrganisation = TestTokens.person();
        organisation = MembersApi.organisation(memberOfOrganisation, Map.of("name", "Joiner " + UUID.randomUUID(),
                "type", "SME", "country", "RO"));
        cluster = MembersApi.cluster("ICONIC", "RO", null, null);
        managerOfCluster = MembersApi.manager(cluster).token();
    }

    @Test
    void requestedApprovedEndedWithAnEventForEachStep() {
        try (TopicProbe topic = TopicProbe.reading(MembershipEvents.TOPIC)) {
            String id = request(memberOfOrganisation).then().statusCode(201).body("status", equalTo("PENDING"))
                    .extract().path("id");
            act(managerOfCluster, id, "approval").then().statusCode(200).body("status", equalTo("ACTIVE"));
            act(memberOfOrganisation, id, "ending").then().statusCode(200).body("status", equalTo("ENDED"));

            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> id.equals(r.key()), 3,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    MembershipEvents.REQUESTED_V1, MembershipEvents.ACTIVATED_V1, MembershipEvents.ENDED_V1);
            events.forEach(event -> assertThat(schemas.violations(TopicProbe.header(event, "ce_type"), event.value()))
                    .isEmpty());
        }
    }

    @Test
    void illegalMovesAreConflicts() {
        String id = request(memberOfOrganisation).then().statusCode(201).extract().path("id");
        request(memberOfOrganisation).then().statusCode(409).contentType("application/problem+json");
        act(managerOfCluster, id, "refusal").then().statusCode(200).body("status", equalTo("REFUSED"));
        act(managerOfCluster, id, "approval").then().statusCode(409)
                .body("detail", equalTo("a REFUSED membership cannot become ACTIVE"));
        act(memberOfOrganisation, id, "ending").then().statusCode(409);
        // once refused, the organisation may ask again
        request(memberOfOrganisation).then().statusCode(201);
    }

    @Test
    void onlyTheClustersManagersDecide() {
        String id = request(memberOfOrganisation).then().statusCode(201).extract().path("id");
        act(memberOfOrganisation, id, "approval").then().statusCode(403);
        act(MembersApi.manager(MembersApi.cluster("Elsewhere", "RO", null, null)).token(), id, "approval")
                .then().statusCode(403);
        act(TestTokens.forRole(Roles.PARTNER_APP), id, "approval").then().statusCode(403);
        given().when().post("/api/v1/memberships/" + id + "/approval").then().statusCode(401);
        given().auth().oauth2(memberOfOrganisation).when().get("/api/v1/memberships/" + id)
                .then().statusCode(200).body("status", equalTo("PENDING"));
        act(ADMIN, id, "approval").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlyTheOrganisationsAdminsAskAndOnlyTheClustersManagersPropose() {
        request(TestTokens.person()).then().statusCode(403);
        String editor = MembersApi.colleague(organisation, memberOfOrganisation, "EDITOR").token();
        request(editor).then().statusCode(403);
        String proposed = request(managerOfCluster).then().statusCode(201).body("proposedBy", equalTo("CLUSTER"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.person()).when().get("/api/v1/memberships/" + proposed).then().statusCode(403);
        given().auth().oauth2(editor).when().get("/api/v1/memberships/" + proposed).then().statusCode(200);
    }

    @Test
    void aMembershipTheClusterProposesWaitsForTheOrganisationsAdmin() {
        String id = request(managerOfCluster).then().statusCode(201).body("status", equalTo("PENDING")).extract().path("id");
        // the proposer cannot approve it, nor can any other manager of the cluster: the other side decides
        act(managerOfCluster, id, "approval").then().statusCode(403);
        act(MembersApi.manager(cluster).token(), id, "approval").then().statusCode(403);
        given().auth().oauth2(managerOfCluster).when().get("/api/v1/memberships/" + id)
                .then().statusCode(200).body("status", equalTo("PENDING"));
        act(memberOfOrganisation, id, "approval").then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void nobodyApprovesTheirOwnProposalNotEvenAPlatformAdmin() {
        String id = request(ADMIN).then().statusCode(201).body("proposedBy", equalTo("CLUSTER")).extract().path("id");
        act(ADMIN, id, "approval").then().statusCode(403)
                .body("detail", containsString("nobody decides on their own proposal"));
        act(TestTokens.forRole(Roles.PLATFORM_ADMIN), id, "approval").then().statusCode(200);
    }

    @Test
    void unknownOrganisationsAndClustersAreNamed() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation.toString(), "clusterId", UUID.randomUUID().toString()))
                .when().post("/api/v1/memberships").then().statusCode(400)
                .body("violations[0].field", equalTo("clusterId"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("clusterId", cluster.toString()))
                .when().post("/api/v1/memberships").then().statusCode(400)
                .body("violations[0].field", equalTo("organisationId"));
    }

    private Response request(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisation.toString(), "clusterId", cluster.toString()))
                .when().post("/api/v1/memberships");
    }

    private static Response act(String token, String id, String action) {
        return given().auth().oauth2(token).when().post("/api/v1/memberships/" + id + "/" + action);
    }
}
