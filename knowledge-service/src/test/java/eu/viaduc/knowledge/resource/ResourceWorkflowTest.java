package eu.viaduc.knowledge.resource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** DRAFT -> IN_REVIEW -> PUBLISHED -> ARCHIVED, returns with comments, new versions while the published one stays. */
@QuarkusTest
class ResourceWorkflowTest {

    @Inject
    EventSchemas schemas;

    @Test
    void aResourceIsReviewedReturnedPublishedRevisedAndArchivedWithEveryVersionKept() {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID id = world.draft("MEMBERS", "Recycler les chutes de tissu", "Recycling fabric offcuts");
        String author = TestTokens.person(world.authorEditor);
        String reviewer = TestTokens.person(world.authorClusterManager);
        // nobody but its authors and reviewers knows of a draft
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).get("/api/v1/resources/" + id).then().statusCode(404);

        KnowledgeWorld.step(world.authorEditor, id, "submission").then().statusCode(200).body("versionState", equalTo("IN_REVIEW"));
        KnowledgeWorld.step(world.authorEditor, id, "submission").then().statusCode(409)
                .body("detail", containsString("version 1 is IN_REVIEW"));
        // the manager of another cluster of the alliance is no reviewer of this organisation's resources
        KnowledgeWorld.step(world.otherClusterManager, id, "publication").then().statusCode(403);
        KnowledgeWorld.step(world.authorEditor, id, "publication").then().statusCode(403);
        KnowledgeWorld.step(world.authorClusterManager, id, "return").then().statusCode(200)
                .body("versionState", equalTo("DRAFT")).body("review.comment", equalTo("Please add a photo of the sorting line"));

        Map<String, Object> revised = world.resource("MEMBERS", "Recycler les chutes de tissu, photos comprises",
                "Recycling fabric offcuts");
        world.write(id, revised).then().statusCode(200).body("versionNumber", equalTo(1));
        KnowledgeWorld.step(world.authorEditor, id, "submission").then().statusCode(200);
        KnowledgeWorld.step(world.authorClusterManager, id, "publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("versionState", equalTo("PUBLISHED"))
                .body("publishedVersion", equalTo(1));

        // editing the published resource starts version 2; readers keep seeing version 1
        world.write(id, world.resource("MEMBERS", "Recycler les chutes de tissu (2e édition)", "Recycling fabric offcuts, 2nd edition"))
                .then().statusCode(200).body("versionNumber", equalTo(2)).body("versionState", equalTo("DRAFT"))
                .body("publishedVersion", equalTo(1));
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).header("Accept-Language", "fr")
                .get("/api/v1/resources/" + id).then().statusCode(200).body("versionNumber", equalTo(1))
                .body("title", equalTo("Recycler les chutes de tissu, photos comprises")).body("review", nullValue());
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).get("/api/v1/resources/" + id + "?version=2")
                .then().statusCode(404);
        KnowledgeWorld.step(world.authorEditor, id, "submission").then().statusCode(200);
        KnowledgeWorld.step(world.authorClusterManager, id, "publication").then().statusCode(200).body("publishedVersion", equalTo(2));
        given().auth().oauth2(author).get("/api/v1/resources/" + id + "/versions").then().statusCode(200)
                .body("state", equalTo(List.of("SUPERSEDED", "PUBLISHED")));
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).get("/api/v1/resources/" + id + "/versions")
                .then().statusCode(403);
        given().auth().oauth2(reviewer).get("/api/v1/resources/" + id + "/comparison?from=1&to=2").then().statusCode(200)
                .body("find { it.language == 'fr' }.title.changed", equalTo(true))
                .body("find { it.language == 'fr' }.summary.changed", equalTo(false))
                .body("find { it.language == 'fr' }.title.from", equalTo("Recycler les chutes de tissu, photos comprises"));
        given().auth().oauth2(author).get("/api/v1/resources/" + id + "?version=1").then().statusCode(200)
                .body("versionState", equalTo("SUPERSEDED"));

        KnowledgeWorld.step(world.authorEditor, id, "archival").then().statusCode(200).body("status", equalTo("ARCHIVED"));
        KnowledgeWorld.step(world.authorEditor, id, "archival").then().statusCode(409).body("detail", containsString("ARCHIVED"));
        world.write(id, revised).then().statusCode(409);

        try (TopicProbe topic = TopicProbe.reading("viaduc.knowledge.resources")) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> r.key().equals(id.toString()), 7,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    "eu.viaduc.knowledge.resource.submitted.v1", "eu.viaduc.knowledge.resource.returned.v1",
                    "eu.viaduc.knowledge.resource.submitted.v1", "eu.viaduc.knowledge.resource.published.v1",
                    "eu.viaduc.knowledge.resource.submitted.v1", "eu.viaduc.knowledge.resource.published.v1",
                    "eu.viaduc.knowledge.resource.archived.v1");
            assertThat(events).allSatisfy(r -> assertThat(schemas.violations(TopicProbe.header(r, "ce_type"), r.value())).isEmpty());
        }
    }

    @Test
    void theReaderGetsTheirLanguageOrTheStatedFallbackAndTheResponseSaysWhich() {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID id = world.published("PUBLIC", "Recycler les chutes de tissu", "Recycling fabric offcuts");
        String path = "/api/v1/resources/" + id;
        given().header("Accept-Language", "nl-BE, en;q=0.8, fr;q=0.5").get(path).then().statusCode(200)
                .header("Content-Language", "en").body("language", equalTo("en"))
                .body("availableLanguages", equalTo(List.of("en", "fr"))).body("title", equalTo("Recycling fabric offcuts"));
        // none of the reader's languages: the original language
        given().header("Accept-Language", "da").get(path).then().body("language", equalTo("fr"));
        given().get(path + "?language=fr").then().body("title", equalTo("Recycler les chutes de tissu"));
        given().get(path + "?language=xx").then().statusCode(400).body("violations[0].field", equalTo("language"));
    }

    @Test
    void markdownComesOutAsHarmlessHtmlAndBadTextsAreRefusedNamingTheField() {
        KnowledgeWorld world = new KnowledgeWorld();
        Map<String, Object> body = world.resource("PUBLIC", "Titre", "Title");
        String hostile = "# Tri\n\n<script>alert('x')</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[clic](javascript:alert(1)) <img src=x onerror=alert(1)> **gras** [site](https://viaduc.eu)";
        body.put("texts", Map.of("fr", Map.of("title", "Titre", "summary", "Résumé", "body", hostile)));
        String html = world.write(null, body).then().statusCode(201).body("body.markdown", equalTo(hostile))
                .extract().path("body.html");
        assertThat(html).contains("<h1>Tri</h1>", "<strong>gras</strong>", "href=\"https://viaduc.eu\"")
                .doesNotContain("<script", "<iframe", "javascript:", "onerror", "alert(1)");

        body.put("texts", Map.of("de", Map.of("title", "Titel", "summary", "Kurz", "body", "Text"), "fr",
                Map.of("title", "Titre", "summary", "Résumé", "body", "Texte")));
        world.write(null, body).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("texts.de"));
        body.put("texts", Map.of("fr", Map.of("title", "T".repeat(301), "summary", "Résumé", "body", "Texte")));
        world.write(null, body).then().statusCode(400).body("violations[0].field", containsString("title"));
        body.put("texts", Map.of("en", Map.of("title", "Title", "summary", "Summary", "body", "Text")));
        world.write(null, body).then().statusCode(400).body("violations[0].field", equalTo("texts"));
        // only the organisation's people write for it
        given().auth().oauth2(TestTokens.person(world.sameClusterEditor)).contentType("application/json")
                .body(world.resource("PUBLIC", "Titre", "Title")).post("/api/v1/resources").then().statusCode(403);
    }

    @Test
    void anErasedAuthorBecomesFormerMemberAndTheContentStays() {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID id = world.published("PUBLIC", "Recycler les chutes de tissu", "Recycling fabric offcuts");
        given().get("/api/v1/resources/" + id).then().body("authorName", equalTo(TestTokens.nameOf(world.authorEditor)));
        MembersWorld.personErased(world.authorEditor);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/resources/" + id).then().body("authorName", equalTo("former member"))
                .body("title", equalTo("Recycler les chutes de tissu")));
    }
}
