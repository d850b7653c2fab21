package eu.viaduc.knowledge.question;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import eu.viaduc.knowledge.KnowledgeWorld;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Questions and answers: who asks and answers, followers told of answers, acceptance, moderation. */
@QuarkusTest
class QuestionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    EventSchemas schemas;

    @Test
    void membersAskOnAResourceTheyMayReadFollowersHearOfAnswersAndTheAskerAcceptsOne() throws Exception {
        KnowledgeWorld world = new KnowledgeWorld();
        UUID resource = world.published("CLUSTER", "Recycler les chutes", "Recycling offcuts");
        Map<String, Object> question = Map.of("resourceId", resource.toString(), "title", "Which fibres do you sort?",
                "body", "Do you separate elastane blends?");
        // the resource is CLUSTER-visible: a member of another alliance may not ask about it
        post(world.otherAllianceEditor, "/api/v1/questions", question).then().statusCode(403);
        UUID id = UUID.fromString(post(world.sameClusterEditor, "/api/v1/questions", question).then().statusCode(201)
                .body("followedByMe", equalTo(true)).extract().path("id"));
        get(world.otherAllianceEditor, "/api/v1/questions/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.person(world.authorClusterManager)).put("/api/v1/questions/" + id + "/followers/me")
                .then().statusCode(200).body("followers", equalTo(2));

        UUID first = UUID.fromString(post(world.authorEditor, "/api/v1/questions/" + id + "/answers",
                Map.of("body", "Yes: blends go to a separate line.")).then().statusCode(200)
                .body("answers.size()", equalTo(1)).extract().path("answers[0].id"));
        post(world.authorEditor, "/api/v1/questions/" + id + "/answers", Map.of("body", "Buy my sorting machine!"))
                .then().statusCode(200);
        String spam = get(world.authorEditor, "/api/v1/questions/" + id).then().extract().path("answers[1].id");

        // only the asker or a reviewer accepts
        post(world.authorEditor, "/api/v1/questions/" + id + "/acceptance", Map.of("answerId", first.toString()))
                .then().statusCode(403);
        post(world.sameClusterEditor, "/api/v1/questions/" + id + "/acceptance", Map.of("answerId", UUID.randomUUID().toString()))
                .then().statusCode(400).body("violations[0].field", equalTo("answerId"));
        post(world.sameClusterEditor, "/api/v1/questions/" + id + "/acceptance", Map.of("answerId", first.toString()))
                .then().statusCode(200).body("acceptedAnswerId", equalTo(first.toString()))
                .body("answers[0].accepted", equalTo(true));

        // moderation by the resource's reviewer, with a reason; the text stays for its author and the moderators only
        post(world.sameClusterEditor, "/api/v1/questions/" + id + "/answers/" + spam + "/moderation", Map.of("reason", "Advertising"))
                .then().statusCode(403);
        post(world.authorClusterManager, "/api/v1/questions/" + id + "/answers/" + spam + "/moderation",
                Map.of("reason", "Advertising")).then().statusCode(200);
        get(world.sameClusterEditor, "/api/v1/questions/" + id).then().body("answers[1].body", nullValue())
                .body("answers[1].hiddenReason", equalTo("Advertising"));
        get(world.authorClusterManager, "/api/v1/questions/" + id).then().body("answers[1].body", equalTo("Buy my sorting machine!"));
        post(world.sameClusterEditor, "/api/v1/questions/" + id + "/acceptance", Map.of("answerId", spam))
                .then().statusCode(409);

        try (TopicProbe topic = TopicProbe.reading("viaduc.knowledge.questions")) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> r.key().equals(id.toString()), 4,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    "eu.viaduc.knowledge.question.asked.v1", "eu.viaduc.knowledge.question.answered.v1",
                    "eu.viaduc.knowledge.question.answered.v1", "eu.viaduc.knowledge.question.answer-accepted.v1");
            assertThat(events).allSatisfy(r -> assertThat(schemas.violations(TopicProbe.header(r, "ce_type"), r.value())).isEmpty());
            // the followers to tell of the first answer: the asker and the manager who followed
            assertThat(MAPPER.readTree(events.get(1).value()).get("followers").toString())
                    .contains(world.sameClusterEditor, world.authorClusterManager);
        }
    }

    @Test
    void topicQuestionsAreForThePlatformsMembersAndModeratedByClusterManagers() {
        KnowledgeWorld world = new KnowledgeWorld();
        String tag = "zqq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "k");
        Map<String, Object> question = Map.of("tag", tag, "title", "Who takes back knitwear in Romania?", "body", "We look.");
        given().auth().oauth2(TestTokens.person()).contentType(ContentType.JSON).body(question).post("/api/v1/questions")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_APP)).contentType(ContentType.JSON).body(question)
                .post("/api/v1/questions").then().statusCode(403);
        post(world.otherAllianceEditor, "/api/v1/questions", Map.of("tag", tag, "valueChain", "textile", "title", "t", "body", "b"))
                .then().statusCode(400).body("violations[0].field", equalTo("resourceId"));
        UUID id = UUID.fromString(post(world.otherAllianceEditor, "/api/v1/questions", question).then().statusCode(201)
                .extract().path("id"));
        get(world.sameAllianceEditor, "/api/v1/questions?tag=" + tag).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].title", equalTo("Who takes back knitwear in Romania?"));
        post(world.sameAllianceEditor, "/api/v1/questions/" + id + "/moderation", Map.of("reason", "Off topic")).then().statusCode(403);
        post(world.otherClusterManager, "/api/v1/questions/" + id + "/moderation", Map.of("reason", "Off topic")).then()
                .statusCode(200).body("hiddenReason", equalTo("Off topic"));
        get(world.sameAllianceEditor, "/api/v1/questions/" + id).then().body("title", nullValue());
        post(world.sameAllianceEditor, "/api/v1/questions/" + id + "/answers", Map.of("body", "Us")).then().statusCode(409);
    }

    private static Response post(String subject, String path, Object body) {
        return given().auth().oauth2(TestTokens.person(subject)).contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response get(String subject, String path) {
        return given().auth().oauth2(TestTokens.person(subject)).get(path);
    }
}
