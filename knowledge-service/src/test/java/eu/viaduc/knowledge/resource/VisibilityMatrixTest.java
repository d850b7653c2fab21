package eu.viaduc.knowledge.resource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;

/**
 * Who reads a published resource, and finds it in search, by visibility: every kind of caller against
 * PUBLIC, MEMBERS, CLUSTER and ALLIANCE, decided from the read models of members' events.
 */
@QuarkusTest
class VisibilityMatrixTest {

    enum Who { ANONYMOUS, PARTNER_APP, UNAFFILIATED, AUTHOR_EDITOR, SAME_CLUSTER, SAME_ALLIANCE, OTHER_ALLIANCE,
        AUTHOR_CLUSTER_MANAGER, OTHER_CLUSTER_MANAGER, ALLIANCE_MANAGER, PLATFORM_ADMIN }

    //                                                ANON PART UNAF AUTH SCLU SALL OALL ACM  OCM  AMGR ADMIN
    private static final Map<String, int[]> EXPECTED = Map.of(
            "PUBLIC", new int[] {200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200},
            "MEMBERS", new int[] {401, 403, 403, 200, 200, 200, 200, 200, 200, 200, 200},
            "CLUSTER", new int[] {401, 403, 403, 200, 200, 403, 403, 200, 403, 403, 200},
            "ALLIANCE", new int[] {401, 403, 403, 200, 200, 200, 403, 200, 200, 200, 200});

    @Test
    void eachCallerReadsAndFindsWhatItsVisibilityAllowsAndAnEndedMembershipTakesAccessAway() {
        KnowledgeWorld world = new KnowledgeWorld();
        String marker = "zqv" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        Map<String, UUID> resources = new java.util.HashMap<>();
        for (String visibility : EXPECTED.keySet()) {
            resources.put(visibility, world.published(visibility, "Chutes " + marker + " " + visibility,
                    "Offcuts " + marker + " " + visibility));
        }
        List<String> mismatches = new ArrayList<>();
        for (var entry : EXPECTED.entrySet()) {
            UUID id = resources.get(entry.getKey());
            for (Who who : Who.values()) {
                int expected = entry.getValue()[who.ordinal()];
                int read = as(world, who).get("/api/v1/resources/" + id).statusCode();
                List<String> found = as(world, who).get("/api/v1/resources?q=" + marker + "&size=100").then().statusCode(200)
                        .extract().path("items.id");
                if (read != expected) {
                    mismatches.add(entry.getKey() + " read by " + who + ": " + read + ", expected " + expected);
                }
                if (found.contains(id.toString()) != (expected == 200)) {
                    mismatches.add(entry.getKey() + " searched by " + who + ": found " + found.contains(id.toString()));
                }
            }
        }
        System.out.printf("knowledge visibility matrix: %d cases checked%n", EXPECTED.size() * Who.values().length * 2);
        assertThat(mismatches).isEmpty();

        // the Belgian weaver's organisation leaves its cluster: the alliance's resource is closed to it at once
        MembersWorld.endMembership(world.sameAllianceMembership, world.sameAlliance, world.sameAllianceCluster);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(world, Who.SAME_ALLIANCE)
                .get("/api/v1/resources/" + resources.get("ALLIANCE")).then().statusCode(403));
        as(world, Who.SAME_ALLIANCE).get("/api/v1/resources?q=" + marker + "&size=100").then()
                .body("total", equalTo(2)); // PUBLIC and MEMBERS

        // the author organisation leaves its cluster: its CLUSTER resource is closed to the cluster's people
        // and manager in search and reading as soon as the event is applied; its own people still see it
        assertThat(as(world, Who.SAME_CLUSTER).get("/api/v1/resources?q=" + marker + "&size=100").then()
                .extract().<List<String>>path("items.id")).contains(resources.get("CLUSTER").toString());
        MembersWorld.endMembership(world.authorMembership, world.author, world.authorCluster);
        for (Who who : List.of(Who.SAME_CLUSTER, Who.AUTHOR_CLUSTER_MANAGER)) {
            List<String> found = as(world, who).get("/api/v1/resources?q=" + marker + "&size=100").then().statusCode(200)
                    .extract().path("items.id");
            assertThat(found).as("found by " + who).doesNotContain(resources.get("CLUSTER").toString())
                    .contains(resources.get("MEMBERS").toString());
            as(world, who).get("/api/v1/resources/" + resources.get("CLUSTER")).then().statusCode(403);
        }
        assertThat(as(world, Who.AUTHOR_EDITOR).get("/api/v1/resources?q=" + marker + "&size=100").then()
                .extract().<List<String>>path("items.id")).contains(resources.get("CLUSTER").toString());
    }

    private static RequestSpecification as(KnowledgeWorld world, Who who) {
        String token = switch (who) {
            case ANONYMOUS -> null;
            case PARTNER_APP -> TestTokens.forRole(Roles.PARTNER_APP);
            case UNAFFILIATED -> TestTokens.person();
            case AUTHOR_EDITOR -> TestTokens.person(world.authorEditor);
            case SAME_CLUSTER -> TestTokens.person(world.sameClusterEditor);
            case SAME_ALLIANCE -> TestTokens.person(world.sameAllianceEditor);
            case OTHER_ALLIANCE -> TestTokens.person(world.otherAllianceEditor);
            case AUTHOR_CLUSTER_MANAGER -> TestTokens.person(world.authorClusterManager);
            case OTHER_CLUSTER_MANAGER -> TestTokens.person(world.otherClusterManager);
            case ALLIANCE_MANAGER -> TestTokens.person(world.allianceManager);
            case PLATFORM_ADMIN -> TestTokens.forRole(Roles.PLATFORM_ADMIN);
        };
        return token == null ? given() : given().auth().oauth2(token);
    }
}
