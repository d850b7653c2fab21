package eu.viaduc.matchmaking.opportunity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** DRAFT -> PUBLISHED -> CLOSED | EXPIRED, renewal, lifetimes, who may do what, and the events. */
@QuarkusTest
class OpportunityLifecycleTest {

    @Inject
    EventSchemas schemas;

    @Inject
    EntityManager entityManager;

    @Test
    void anEditorDraftsPublishesRevisesRenewsAndClosesAnOpportunityAndEachPublicStepIsAnEvent() {
        Member buyer = MatchmakingWorld.member("Hôpitaux du Nord GIE", "FR", List.of());
        Member stranger = MatchmakingWorld.member("Gabrovo Knit OOD", "BG", List.of("knitting"));
        UUID id = MatchmakingWorld.drafted(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));
        String path = "/api/v1/opportunities/" + id;

        // a draft is the organisation's business
        given().get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.person(stranger.editor())).get(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.person(buyer.editor())).get(path).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("organisationName", equalTo("Hôpitaux du Nord GIE"))
                .body("naceCodes", equalTo(List.of("C14.12"))).body("keywords", equalTo(List.of("masks", "ffp2")));
        given().auth().oauth2(TestTokens.forRole(Roles.PLATFORM_ADMIN)).get(path).then().statusCode(200);
        MatchmakingWorld.step(stranger.editor(), id, "publication").then().statusCode(404);
        given().contentType(ContentType.JSON).post(path + "/publication").then().statusCode(401);

        MatchmakingWorld.step(buyer.editor(), id, "publication").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                // an urgent need lives until its deadline day is over, not a year
                .body("expiresAt", startsWith(LocalDate.now().plusDays(31) + "T00:00"));
        MatchmakingWorld.step(buyer.editor(), id, "publication").then().statusCode(409)
                .body("detail", containsString("PUBLISHED"));
        given().header("Accept-Language", "nl, en;q=0.8").get(path).then().statusCode(200)
                .header("Content-Language", "en").body("language", equalTo("en"))
                .body("title", equalTo("FFP2 masks for hospitals in northern France"))
                .body("availableLanguages", equalTo(List.of("en", "fr")));
        given().header("Accept-Language", "da").get(path).then().body("language", equalTo("fr"));
        // polling with the tag of one language's answer: the same language is unchanged, another is not
        String english = given().header("Accept-Language", "en").get(path).then().extract().header("ETag");
        given().header("Accept-Language", "en").header("If-None-Match", english).get(path).then().statusCode(304);
        given().header("Accept-Language", "fr").header("If-None-Match", english).get(path).then().statusCode(200)
                .body("language", equalTo("fr"));

        // rewriting needs the version read; a stranger may not
        Map<String, Object> revised = MatchmakingWorld.urgentNeed(buyer.id());
        revised.put("quantity", 350_000);
        String etag = given().get(path).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.person(buyer.editor())).contentType(ContentType.JSON).body(revised).put(path)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.person(stranger.editor())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(revised).put(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.person(buyer.editor())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(revised).put(path).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("quantity", equalTo(350_000));
        given().auth().oauth2(TestTokens.person(buyer.editor())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(revised).put(path).then().statusCode(412);

        MatchmakingWorld.step(stranger.editor(), id, "closure").then().statusCode(403);
        MatchmakingWorld.step(buyer.editor(), id, "renewal").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        MatchmakingWorld.step(buyer.editor(), id, "closure").then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closeReason", equalTo("Suppliers found through Viaduc"));
        MatchmakingWorld.step(buyer.editor(), id, "closure").then().statusCode(409).body("detail", containsString("CLOSED"));
        MatchmakingWorld.step(buyer.editor(), id, "renewal").then().statusCode(409);
        // a closed one can still be read from a shared link
        given().get(path).then().statusCode(200).body("status", equalTo("CLOSED"));

        try (TopicProbe topic = TopicProbe.reading("viaduc.matchmaking.opportunities")) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> r.key().equals(id.toString()), 4,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                    "eu.viaduc.matchmaking.opportunity.published.v1", "eu.viaduc.matchmaking.opportunity.updated.v1",
                    "eu.viaduc.matchmaking.opportunity.renewed.v1", "eu.viaduc.matchmaking.opportunity.closed.v1");
            assertThat(events).allSatisfy(r -> assertThat(schemas.violations(TopicProbe.header(r, "ce_type"), r.value())).isEmpty());
            assertThat(JsonPath.from(events.get(1).value()).getInt("quantity")).isEqualTo(350_000);
        }
    }

    @Test
    void anOpportunityLivesAYearAPartnerSearchUntilItsCallDeadlineAndNeitherIsRenewedPastItsRule() {
        Member poster = MatchmakingWorld.member("Kortrijk Weverij NV", "BE", List.of("weaving"));
        Map<String, Object> offer = MatchmakingWorld.urgentNeed(poster.id());
        offer.put("type", "TECHNOLOGY_OFFER");
        offer.remove("deadline");
        offer.remove("quantity");
        offer.remove("quantityUnit");
        UUID technology = MatchmakingWorld.published(poster.editor(), offer);
        OffsetDateTime expires = OffsetDateTime.parse(given().get("/api/v1/opportunities/" + technology).then()
                .extract().path("expiresAt"));
        assertThat(Duration.between(OffsetDateTime.now(), expires).toDays()).isBetween(364L, 365L);

        Map<String, Object> partners = MatchmakingWorld.urgentNeed(poster.id());
        partners.put("type", "PARTNER_SEARCH");
        partners.put("deadline", LocalDate.now(ZoneOffset.UTC).plusYears(2).toString());
        UUID search = MatchmakingWorld.published(poster.editor(), partners);
        given().get("/api/v1/opportunities/" + search).then().body("expiresAt",
                startsWith(LocalDate.now(ZoneOffset.UTC).plusYears(2).plusDays(1) + "T00:00"));
        MatchmakingWorld.step(poster.editor(), search, "renewal").then().statusCode(409)
                .body("detail", containsString("call's deadline"));
    }

    @Test
    void theExpiryJobExpiresWhatIsDueWithAnEventAndAnExpiredOpportunityCanBeRenewed() {
        Member poster = MatchmakingWorld.member("Ateliers du Nord SAS", "FR", List.of("garment-manufacturing"));
        UUID id = MatchmakingWorld.published(poster.editor(), MatchmakingWorld.urgentNeed(poster.id()));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update opportunity set expires_at = now() - interval '1 minute' where id = ?1")
                .setParameter(1, id).executeUpdate());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/api/v1/opportunities/" + id).then()
                .body("status", equalTo("EXPIRED")));
        try (TopicProbe topic = TopicProbe.reading("viaduc.matchmaking.opportunities")) {
            ConsumerRecord<String, String> expired = topic.awaitRecord(r -> r.key().equals(id.toString())
                    && TopicProbe.header(r, "ce_type").equals("eu.viaduc.matchmaking.opportunity.expired.v1"),
                    Duration.ofSeconds(30));
            assertThat(schemas.violations("eu.viaduc.matchmaking.opportunity.expired.v1", expired.value())).isEmpty();
        }
        given().get("/api/v1/opportunities?status=EXPIRED&organisationId=" + poster.id()).then().statusCode(200)
                .body("items.id", equalTo(List.of(id.toString())));
        given().get("/api/v1/opportunities?organisationId=" + poster.id()).then().body("total", equalTo(0));

        MatchmakingWorld.step(poster.editor(), id, "renewal").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("closeReason", nullValue());
        given().get("/api/v1/opportunities?organisationId=" + poster.id()).then().body("total", equalTo(1));
    }
}
