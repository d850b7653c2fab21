package eu.viaduc.matchmaking.interest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.interest.events.InterestEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Expressions of interest: every move, who may make it, and the events (never the message) on the real broker. */
@QuarkusTest
class InterestTest {

    @Inject
    EventSchemas schemas;

    @Inject
    EntityManager entityManager;

    @Test
    void aSupplierExpressesInterestTheBuyerAcceptsAndBothAreIntroducedWithTheirEvents() {
        Member buyer = MatchmakingWorld.member("CHU de Lille", "FR", List.of("ppe-production"));
        Member supplier = MatchmakingWorld.member("Roubaix Couture", "FR", List.of("ppe-production"));
        Member stranger = MatchmakingWorld.member("Somebody Else", "BE", List.of("weaving"));
        UUID need = MatchmakingWorld.published(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));

        JsonPath sent = express(supplier.editor(), need, supplier.id(), "We sew 20,000 FFP2 masks a week.")
                .then().statusCode(201).header("Location", containsString("/api/v1/expressions-of-interest/"))
                .body("status", equalTo("SENT")).body("posterOrganisationId", equalTo(buyer.id().toString()))
                .extract().jsonPath();
        UUID id = UUID.fromString(sent.getString("id"));
        assertThat(Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(sent.getString("expiresAt"))).toDays())
                .as("30 days to answer").isBetween(29L, 30L);
        express(supplier.editor(), need, supplier.id(), "again").then().statusCode(409)
                .body("detail", containsString("already expressed"));

        given().auth().oauth2(TestTokens.person(buyer.editor())).get("/api/v1/expressions-of-interest?organisationId=" + buyer.id())
                .then().statusCode(200).body("id", equalTo(List.of(id.toString())))
                .body("[0].message", equalTo("We sew 20,000 FFP2 masks a week."));
        given().auth().oauth2(TestTokens.person(supplier.editor()))
                .get("/api/v1/expressions-of-interest?direction=SENT&organisationId=" + supplier.id())
                .then().statusCode(200).body("id", equalTo(List.of(id.toString())));
        given().auth().oauth2(TestTokens.person(stranger.editor())).get("/api/v1/expressions-of-interest?organisationId=" + buyer.id())
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.person(stranger.editor())).get("/api/v1/expressions-of-interest/" + id).then().statusCode(404);

        answer(supplier.editor(), id, "acceptance").then().statusCode(403);
        answer(stranger.editor(), id, "acceptance").then().statusCode(404);
        answer(buyer.editor(), id, "acceptance").then().statusCode(200).body("status", equalTo("INTRODUCED"))
                .body("answeredAt", notNullValue()).body("introducedAt", notNullValue());
        answer(buyer.editor(), id, "acceptance").then().statusCode(409).body("detail", containsString("INTRODUCED"));
        answer(buyer.editor(), id, "declination").then().statusCode(409);
        given().auth().oauth2(TestTokens.person(supplier.editor())).get("/api/v1/expressions-of-interest/" + id)
                .then().statusCode(200).body("status", equalTo("INTRODUCED"));

        try (TopicProbe topic = TopicProbe.reading(InterestEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> r.key().equals(id.toString()), 3,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    InterestEvents.SENT_V1, InterestEvents.ACCEPTED_V1, InterestEvents.INTRODUCED_V1);
            assertThat(events).allSatisfy(r -> {
                assertThat(schemas.violations(TopicProbe.header(r, "ce_type"), r.value())).isEmpty();
                assertThat(r.value()).doesNotContain("FFP2 masks a week");
            });
            assertThat(JsonPath.from(events.get(2).value()).getString("organisationId")).isEqualTo(supplier.id().toString());
        }
    }

    @Test
    void whatCannotBeExpressedIsRefusedAndADeclinedInterestCanBeSentAgain() {
        Member buyer = MatchmakingWorld.member("Buyer Refusals", "FR", List.of("ppe-production"));
        Member supplier = MatchmakingWorld.member("Supplier Refusals", "FR", List.of("ppe-production"));
        UUID need = MatchmakingWorld.published(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));
        UUID draft = MatchmakingWorld.drafted(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));

        express(buyer.editor(), need, buyer.id(), null).then().statusCode(400).body("violations[0].field", equalTo("organisationId"));
        express(buyer.editor(), need, supplier.id(), null).then().statusCode(403);
        express(supplier.editor(), draft, supplier.id(), null).then().statusCode(404);
        given().auth().oauth2(TestTokens.person(supplier.editor())).contentType(ContentType.JSON).body(Map.of("message", "x"))
                .post("/api/v1/opportunities/" + need + "/expressions-of-interest").then().statusCode(400)
                .body("violations[0].field", containsString("organisationId"));

        UUID first = UUID.fromString(express(supplier.editor(), need, supplier.id(), null).then().statusCode(201)
                .extract().path("id"));
        given().auth().oauth2(TestTokens.person(buyer.editor())).contentType(ContentType.JSON)
                .body(Map.of("reason", "We found a supplier closer to the hospitals."))
                .post("/api/v1/expressions-of-interest/" + first + "/declination").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declineReason", equalTo("We found a supplier closer to the hospitals."))
                .body("introducedAt", nullValue());
        express(supplier.editor(), need, supplier.id(), "Now with CE marking").then().statusCode(201);

        MatchmakingWorld.step(buyer.editor(), need, "closure").then().statusCode(200);
        Member late = MatchmakingWorld.member("Late Supplier", "BE", List.of("ppe-production"));
        express(late.editor(), need, late.id(), null).then().statusCode(409).body("detail", containsString("CLOSED"));
    }

    @Test
    void anUnansweredInterestExpiresWithItsEvent() {
        Member buyer = MatchmakingWorld.member("Buyer Silent", "FR", List.of("ppe-production"));
        Member supplier = MatchmakingWorld.member("Supplier Waiting", "FR", List.of("ppe-production"));
        UUID need = MatchmakingWorld.published(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));
        UUID id = UUID.fromString(express(supplier.editor(), need, supplier.id(), null).then().statusCode(201)
                .extract().path("id"));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update expression_of_interest set expires_at = now() - interval '1 minute' where id = ?1")
                .setParameter(1, id).executeUpdate());

        await().atMost(Duration.ofSeconds(30)).until(() -> "EXPIRED".equals(given().auth()
                .oauth2(TestTokens.person(supplier.editor())).get("/api/v1/expressions-of-interest/" + id).then().extract().path("status")));
        answer(buyer.editor(), id, "acceptance").then().statusCode(409).body("detail", containsString("EXPIRED"));
        try (TopicProbe topic = TopicProbe.reading(InterestEvents.TOPIC)) {
            assertThat(topic.awaitRecord(r -> r.key().equals(id.toString())
                    && InterestEvents.EXPIRED_V1.equals(TopicProbe.header(r, "ce_type")), Duration.ofSeconds(30))).isNotNull();
        }
    }

    private static Response express(String person, UUID opportunity, UUID organisation, String message) {
        Map<String, Object> body = message == null ? Map.of("organisationId", organisation.toString())
                : Map.of("organisationId", organisation.toString(), "message", message);
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/opportunities/" + opportunity + "/expressions-of-interest");
    }

    private static Response answer(String person, UUID interest, String step) {
        return given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/expressions-of-interest/" + interest + "/" + step);
    }
}
