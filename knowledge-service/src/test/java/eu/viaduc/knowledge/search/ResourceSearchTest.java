package eu.viaduc.knowledge.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.knowledge.KnowledgeWorld;

/** Full text in each language with its stemmer (exact words in Bulgarian), facets, filters. */
@QuarkusTest
class ResourceSearchTest {

    @Test
    void eachLanguageIsSearchedWithItsOwnStemmerAndBulgarianByExactWords() {
        KnowledgeWorld world = new KnowledgeWorld();
        String marker = "zqs" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "y");
        Map<String, Object> body = world.resource("PUBLIC", "t", "t");
        body.put("tags", List.of("circular-fashion", marker));
        body.put("texts", Map.of(
                "fr", Map.of("title", "Des chutes recyclées", "summary", "Atelier " + marker, "body", "Nous recyclons."),
                "en", Map.of("title", "Recycling offcuts", "summary", "Workshop " + marker, "body", "We recycled them."),
                "bg", Map.of("title", "Рециклиране на текстил", "summary", "Ателие " + marker, "body", "Рециклиране.")));
        UUID id = UUID.fromString(world.write(null, body).then().statusCode(201).extract().path("id"));
        KnowledgeWorld.step(world.authorEditor, id, "submission").then().statusCode(200);
        KnowledgeWorld.step(world.authorClusterManager, id, "publication").then().statusCode(200);
        String scope = "&tag=" + marker;

        // French: "recycler" and "recyclées" share their stem
        given().get("/api/v1/resources?q=recycler&language=fr" + scope).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].language", equalTo("fr")).body("items[0].title", equalTo("Des chutes recyclées"));
        // English: "recycles" finds "recycling" and "recycled"
        given().get("/api/v1/resources?q=recycles&language=en" + scope).then().body("total", equalTo(1));
        // Bulgarian has no stemmer here: the exact word matches, another form does not
        given().get("/api/v1/resources?q=Рециклиране&language=bg" + scope).then().body("total", equalTo(1));
        given().get("/api/v1/resources?q=рециклира&language=bg" + scope).then().body("total", equalTo(0));
        // any language: one hit per resource, shown in the reader's language where it matched
        given().header("Accept-Language", "en").get("/api/v1/resources?q=" + marker).then().body("total", equalTo(1))
                .body("items[0].language", equalTo("en"))
                .body("facets.languages.value", equalTo(List.of("bg", "en", "fr")))
                .body("facets.types[0].value", equalTo("BEST_PRACTICE")).body("facets.types[0].count", equalTo(1))
                .body("facets.sectors[0].value", equalTo("C13")).body("facets.valueChains[0].value", equalTo("textile"))
                .body("facets.tags.value", hasItem(marker));
        given().get("/api/v1/resources?q=" + marker + "&type=GUIDE").then().body("total", equalTo(0));
        given().get("/api/v1/resources?q=" + marker + "&sector=C13").then().body("total", equalTo(1));
        given().get("/api/v1/resources?q=" + marker + "&valueChain=fashion").then().body("total", equalTo(0));
        given().get("/api/v1/resources?language=de").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.containsString("language"));
    }
}
