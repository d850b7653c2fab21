package eu.viaduc.matchmaking.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import eu.viaduc.matchmaking.MatchmakingWorld;
import eu.viaduc.matchmaking.MatchmakingWorld.Member;
import eu.viaduc.matchmaking.alert.events.AlertEvents;
import eu.viaduc.platform.events.EventSchemas;
import eu.viaduc.platform.security.Roles;
import eu.viaduc.testing.MembersWorld;
import eu.viaduc.testing.TestTokens;
import eu.viaduc.testing.TopicProbe;

/** Saved searches and urgent needs reach people as e-mails received by a real SMTP server, and as events. */
@QuarkusTest
@QuarkusTestResource(SmtpServer.class)
class AlertTest {

    @Inject
    EventSchemas schemas;

    @Test
    void aSavedSearchBringsAMatchingPublicationByMailInThePersonsLanguageAndAsAnEvent() throws Exception {
        String follower = UUID.randomUUID().toString();
        String uninterested = UUID.randomUUID().toString();
        given().auth().oauth2(TestTokens.person(follower)).header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body(Map.of("name", "Masques au Benelux", "competences", List.of("ppe-production"),
                        "types", List.of("URGENT_NEED", "BUYER_REQUEST"), "countries", List.of("BE"), "naceCodes", List.of("C14")))
                .post("/api/v1/saved-searches").then().statusCode(201).body("naceCodes", equalTo(List.of("C14")));
        given().auth().oauth2(TestTokens.person(uninterested)).contentType(ContentType.JSON)
                .body(Map.of("name", "Technology only", "types", List.of("TECHNOLOGY_OFFER")))
                .post("/api/v1/saved-searches").then().statusCode(201);
        Member buyer = MatchmakingWorld.member("Hôpitaux du Nord", "FR", List.of("logistics"));

        UUID need = MatchmakingWorld.published(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));

        MimeMessage mail = SmtpServer.awaitMailTo(TestTokens.emailOf(follower));
        assertThat(mail.getSubject()).isEqualTo("[Viaduc] Nouvelle opportunité : Masques FFP2 pour les hôpitaux du Nord");
        assertThat((String) mail.getContent()).contains("« Masques au Benelux »").contains("/api/v1/opportunities/" + need);
        given().auth().oauth2(TestTokens.person(follower)).get("/api/v1/alerts").then().statusCode(200)
                .body("opportunityId", equalTo(List.of(need.toString()))).body("[0].kind", equalTo("SAVED_SEARCH"));
        given().auth().oauth2(TestTokens.person(uninterested)).get("/api/v1/alerts").then().statusCode(200)
                .body("size()", equalTo(0));
        try (TopicProbe topic = TopicProbe.reading(AlertEvents.TOPIC)) {
            ConsumerRecord<String, String> event = topic.awaitRecord(r -> r.key().equals(follower), Duration.ofSeconds(30));
            assertThat(schemas.violations(AlertEvents.RAISED_V1, event.value())).isEmpty();
            assertThat(event.value()).contains(need.toString()).doesNotContain(TestTokens.emailOf(follower));
        }
    }

    @Test
    void anUrgentNeedReachesThePeopleOfOrganisationsOfferingItsCompetenceAtOnceAndNobodyElse() throws Exception {
        Member workshop = MatchmakingWorld.member("Atelier de Tourcoing", "FR", List.of("ppe-production"));
        Member bakery = MatchmakingWorld.member("Boulangerie Lilloise", "FR", List.of("food-processing"));
        Member buyer = MatchmakingWorld.member("CHU Urgences", "FR", List.of("logistics"));
        for (Member member : List.of(workshop, bakery, buyer)) {
            given().auth().oauth2(TestTokens.person(member.editor())).contentType(ContentType.JSON)
                    .body(Map.of("urgentNeeds", true)).put("/api/v1/alert-settings").then().statusCode(200)
                    .body("email", equalTo(TestTokens.emailOf(member.editor()))).body("language", equalTo("en"));
        }

        UUID need = MatchmakingWorld.published(buyer.editor(), MatchmakingWorld.urgentNeed(buyer.id()));

        MimeMessage mail = SmtpServer.awaitMailTo(TestTokens.emailOf(workshop.editor()));
        assertThat(mail.getSubject()).isEqualTo("[Viaduc] Urgent need: FFP2 masks for hospitals in northern France");
        assertThat((String) mail.getContent()).contains("An urgent need asks a competence your organisation offers.");
        given().auth().oauth2(TestTokens.person(workshop.editor())).get("/api/v1/alerts").then()
                .body("[0].opportunityId", equalTo(need.toString())).body("[0].organisationId", equalTo(workshop.id().toString()));
        for (Member other : List.of(bakery, buyer)) {
            given().auth().oauth2(TestTokens.person(other.editor())).get("/api/v1/alerts").then().body("size()", equalTo(0));
            assertThat(SmtpServer.mailsTo(TestTokens.emailOf(other.editor()))).isEmpty();
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndAnErasedPersonIsForgotten() {
        String person = UUID.randomUUID().toString();
        saveRefused(person, Map.of("name", "x", "competences", List.of("basket-weaving")), "competences[0]");
        saveRefused(person, Map.of("name", "x", "countries", List.of("XX")), "countries[0]");
        saveRefused(person, Map.of("name", "x", "naceCodes", List.of("B13")), "naceCodes[0]");
        saveRefused(person, Map.of("name", " "), "name");
        given().auth().oauth2(TestTokens.forRole(Roles.PARTNER_APP)).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/api/v1/saved-searches").then().statusCode(403);

        String id = given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body(Map.of("name", "Mine"))
                .post("/api/v1/saved-searches").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.person()).delete("/api/v1/saved-searches/" + id).then().statusCode(404);

        MembersWorld.personErased(person);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.person(person))
                .get("/api/v1/saved-searches").then().extract().path("size()").equals(0));
    }

    private static void saveRefused(String person, Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.person(person)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/saved-searches").then().statusCode(400).body("violations[0].field", containsString(field));
    }
}
