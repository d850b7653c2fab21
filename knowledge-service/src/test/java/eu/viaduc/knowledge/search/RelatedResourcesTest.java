package eu.viaduc.knowledge.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.testing.TestTokens;

/** Related resources share tags, sectors or words, say which, and stay within what the caller may see. */
@QuarkusTest
class RelatedResourcesTest {

    @Test
    void relatedResourcesShareTagsSectorsOrTextAndSayWhy() {
        KnowledgeWorld world = new KnowledgeWorld();
        String tag = "zqr" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "m");
        // words, tags and a sector that no other test's resources use, so that only these can be related
        UUID source = publish(world, "PUBLIC", List.of(tag), List.of("M72.11"), "Felting merino remnants into acoustic panels",
                "How a mill felts merino remnants.");
        UUID sameTag = publish(world, "PUBLIC", List.of(tag), List.of("J62"), "Selling online to other countries",
                "Shop software for small brands.");
        UUID sameWords = publish(world, "PUBLIC", List.of("other-" + tag), List.of("A01"), "Acoustic panels of felted merino",
                "Merino remnants, felted.");
        UUID unrelated = publish(world, "PUBLIC", List.of("nothing-" + tag), List.of("K64"), "Bank loans for start-ups",
                "Financing a young company.");
        UUID hidden = publish(world, "CLUSTER", List.of(tag), List.of("M72.11"), "Merino felt for the cluster only",
                "Inside the cluster.");

        String path = "/api/v1/resources/" + source + "/related";
        given().auth().oauth2(TestTokens.person(world.otherAllianceEditor)).get(path).then().statusCode(200)
                .body("id", hasItem(sameTag.toString())).body("id", hasItem(sameWords.toString()))
                .body("id", not(hasItem(unrelated.toString()))).body("id", not(hasItem(hidden.toString())))
                .body("find { it.id == '" + sameTag + "' }.reason.sharedTags", equalTo(List.of(tag)))
                .body("find { it.id == '" + sameWords + "' }.reason.textSimilarity", greaterThan(0.0f))
                .body("find { it.id == '" + sameWords + "' }.reason.sharedTags", equalTo(List.of()));
        // the cluster's own members see the cluster-only one too, sharing tag and sector
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).get(path).then()
                .body("find { it.id == '" + hidden + "' }.reason.sharedSectors", equalTo(List.of("M72.11")));
    }

    private static UUID publish(KnowledgeWorld world, String visibility, List<String> tags, List<String> sectors, String title,
            String summary) {
        Map<String, Object> body = world.resource(visibility, title, title);
        body.put("tags", tags);
        body.put("naceCodes", sectors);
        body.put("originalLanguage", "en");
        body.put("texts", Map.of("en", Map.of("title", title, "summary", summary, "body", summary)));
        UUID id = UUID.fromString(world.write(null, body).then().statusCode(201).extract().path("id"));
        KnowledgeWorld.step(world.authorEditor, id, "submission").then().statusCode(200);
        KnowledgeWorld.step(world.authorClusterManager, id, "publication").then().statusCode(200);
        return id;
    }
}
